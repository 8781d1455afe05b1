import { defineConfig } from 'wxt';
import { buildManifest, isLocalMode } from './lib/manifest';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports keep every module readable and lintable on its own.
  imports: false,
  manifest: ({ mode, browser }) => buildManifest({ mode, browser }),
  // Demo and test builds run the libraries' production code too (WXT defines process.env.NODE_ENV as the mode,
  // and React's development build is 30% larger and slower), so the demo, e2e and the bench show and time what
  // agents run; only the local host permissions and the e2e hooks differ.
  vite: (env) => (isLocalMode(env.mode) ? { define: { 'process.env.NODE_ENV': JSON.stringify('production') } } : {}),
  hooks: {
    // Test and bench builds get an empty extension page: the baseline panel timings are compared against.
    'build:publicAssets': (wxt, assets) => {
      if (wxt.config.mode === 'e2e')
        assets.push({
          relativeDest: 'blank.html',
          contents: '<!doctype html><meta charset="utf-8"><title>blank</title>',
        });
    },
  },
});
