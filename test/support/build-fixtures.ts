import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const FORMS = fileURLToPath(new URL('../fixtures/portals/forms', import.meta.url));
const WIDGETS = fileURLToPath(new URL('../fixtures/widgets', import.meta.url));

/** Bundled fixtures: entry source and how esbuild should treat it. */
const BUNDLES: { name: string; entry: string; format: 'iife' | 'esm'; alias: Record<string, string> }[] = [
  { name: 'react-form', entry: 'app.tsx', format: 'iife', alias: {} },
  // The full Vue build compiles the fixture's template at runtime, as pages that ship templates do.
  { name: 'vue-form', entry: 'app.ts', format: 'esm', alias: { vue: 'vue/dist/vue.esm-bundler.js' } },
];

/**
 * Forms built with real component libraries, test/fixtures/widgets/<name>/: bundled the same way, the
 * libraries' CSS landing in dist/app.css beside dist/app.js.
 */
const WIDGET_BUNDLES: typeof BUNDLES = [
  { name: 'antd', entry: 'app.tsx', format: 'iife', alias: {} },
  { name: 'element-plus', entry: 'app.ts', format: 'esm', alias: { vue: 'vue/dist/vue.esm-bundler.js' } },
  { name: 'ant-design-vue', entry: 'app.ts', format: 'esm', alias: { vue: 'vue/dist/vue.esm-bundler.js' } },
  { name: 'shoelace', entry: 'app.ts', format: 'esm', alias: {} },
  { name: 'bootstrap-tom-select', entry: 'app.ts', format: 'iife', alias: {} },
  { name: 'jquery-select2', entry: 'app.ts', format: 'iife', alias: {} },
];

/**
 * Bundles the React and Vue form fixtures with their real libraries into
 * test/fixtures/portals/forms/<name>/dist/app.js (git-ignored), production builds so they run as portals do;
 * and the widget forms into test/fixtures/widgets/<name>/dist/ (git-ignored too).
 */
export async function buildFormFixtures(): Promise<void> {
  const all = [...BUNDLES.map((b) => ({ ...b, dir: FORMS })), ...WIDGET_BUNDLES.map((b) => ({ ...b, dir: WIDGETS }))];
  await Promise.all(
    all.map((b) =>
      build({
        entryPoints: [resolve(b.dir, b.name, b.entry)],
        outfile: resolve(b.dir, b.name, 'dist/app.js'),
        bundle: true,
        format: b.format,
        platform: 'browser',
        target: 'chrome120',
        jsx: 'automatic',
        alias: b.alias,
        minify: true,
        legalComments: 'none',
        logLevel: 'warning',
        banner: { js: '/* eslint-disable */' },
        // Library CSS that points at fonts or images keeps them inline, so a fixture fetches nothing else.
        loader: {
          '.woff': 'dataurl',
          '.woff2': 'dataurl',
          '.ttf': 'dataurl',
          '.eot': 'dataurl',
          '.svg': 'dataurl',
          '.png': 'dataurl',
          '.gif': 'dataurl',
        },
        define: {
          'process.env.NODE_ENV': '"production"',
          __VUE_OPTIONS_API__: 'true',
          __VUE_PROD_DEVTOOLS__: 'false',
          __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
        },
      }),
    ),
  );
}
