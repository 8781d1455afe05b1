import { defineConfig } from 'wxt';
import { buildManifest } from './lib/manifest';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports keep every module readable and lintable on its own.
  imports: false,
  manifest: ({ mode, browser }) => buildManifest({ mode, browser }),
  hooks: {
    // Test and bench builds get an empty extension page: the baseline panel timings are compared against.
    'build:publicAssets': (wxt, assets) => {
      if (wxt.config.mode === 'e2e') assets.push({ relativeDest: 'blank.html', contents: '<!doctype html><meta charset="utf-8"><title>blank</title>' });
    },
  },
});
