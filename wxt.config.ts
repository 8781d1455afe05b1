import { defineConfig } from 'wxt';
import { buildManifest } from './lib/manifest';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports keep every module readable and lintable on its own.
  imports: false,
  manifest: ({ mode, browser }) => buildManifest({ mode, browser }),
  // Test builds run the libraries' production code too (React's development build is 30% larger and
  // slower), so e2e and the bench exercise and time what agents run; only the e2e hooks differ.
  vite: (env) => (env.mode === 'e2e' ? { define: { 'process.env.NODE_ENV': JSON.stringify('production') } } : {}),
  hooks: {
    // Test and bench builds get an empty extension page: the baseline panel timings are compared against.
    'build:publicAssets': (wxt, assets) => {
      if (wxt.config.mode === 'e2e') assets.push({ relativeDest: 'blank.html', contents: '<!doctype html><meta charset="utf-8"><title>blank</title>' });
    },
  },
});
