import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import noSilentCatch from './test/tools/eslint/no-silent-catch.js';

const onlyIn = (pkg, where) => ({
  name: pkg,
  message: `Only ${where} may import ${pkg}.`,
});
const restrictedPackages = [
  onlyIn('dexie', 'lib/db'),
  onlyIn('dexie-export-import', 'lib/db'),
  onlyIn('dexie-react-hooks', 'lib/store'),
  onlyIn('zustand', 'lib/store'),
  {
    name: 'temporal-polyfill',
    message: 'Use the global Temporal: lib/format/ensure-temporal.ts loads the polyfill only where a browser lacks it.',
  },
];

export default tseslint.config(
  {
    ignores: [
      '.output/',
      '.wxt/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      '.bench/',
      'test/fixtures/**/vendor/**',
      'test/fixtures/**/dist/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { canceldesk: { rules: { 'no-silent-catch': noSilentCatch } } },
    rules: {
      'canceldesk/no-silent-catch': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'Page text is hostile: build DOM nodes instead.',
        },
        {
          selector: "AssignmentExpression[left.property.name='outerHTML']",
          message: 'Page text is hostile: build DOM nodes instead.',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'Page text is hostile: build DOM nodes instead.',
        },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Page text is hostile: never inject HTML.',
        },
        {
          selector: "MemberExpression[object.name='runtime'][property.name='sendMessage']",
          message: 'Use the typed protocol in lib/messaging.ts.',
        },
        {
          selector: "MemberExpression[object.property.name='runtime'][property.name='sendMessage']",
          message: 'Use the typed protocol in lib/messaging.ts.',
        },
        {
          selector: "MemberExpression[object.property.name='tabs'][property.name='sendMessage']",
          message: 'Use the typed protocol in lib/messaging.ts.',
        },
      ],
      'no-restricted-imports': ['error', { paths: restrictedPackages }],
    },
  },
  {
    files: ['components/**', 'entrypoints/**', 'test/unit/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  // Playwright fixtures take an empty destructured first argument by design.
  { files: ['test/e2e/**'], rules: { 'no-empty-pattern': 'off' } },
  { files: ['lib/db/**', 'test/**'], rules: { 'no-restricted-imports': 'off' } },
  { files: ['lib/store/**'], rules: { 'no-restricted-imports': ['error', { paths: [onlyIn('dexie', 'lib/db')] }] } },
  // Components read and write cases through lib/store's hooks and actions, never the database itself.
  {
    files: ['components/**', 'entrypoints/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: restrictedPackages,
          patterns: [{ group: ['**/lib/db', '**/lib/db/**'], message: 'Use the hooks and actions of lib/store.' }],
        },
      ],
    },
  },
  { files: ['test/**'], rules: { 'no-restricted-syntax': 'off' } },
);
