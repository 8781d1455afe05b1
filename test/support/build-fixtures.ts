import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const FORMS = fileURLToPath(new URL('../fixtures/portals/forms', import.meta.url));

/** Bundled fixtures: entry source and how esbuild should treat it. */
const BUNDLES: { name: string; entry: string; format: 'iife' | 'esm'; alias: Record<string, string> }[] = [
  { name: 'react-form', entry: 'app.tsx', format: 'iife', alias: {} },
  // The full Vue build compiles the fixture's template at runtime, as pages that ship templates do.
  { name: 'vue-form', entry: 'app.ts', format: 'esm', alias: { vue: 'vue/dist/vue.esm-bundler.js' } },
];

/**
 * Bundles the React and Vue form fixtures with their real libraries into
 * test/fixtures/portals/forms/<name>/dist/app.js (git-ignored), production builds so they run as portals do.
 */
export async function buildFormFixtures(): Promise<void> {
  await Promise.all(
    BUNDLES.map((b) =>
      build({
        entryPoints: [resolve(FORMS, b.name, b.entry)],
        outfile: resolve(FORMS, b.name, 'dist/app.js'),
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
