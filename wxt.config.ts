import { defineConfig } from 'wxt';
import { buildManifest } from './lib/manifest';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports keep every module readable and lintable on its own.
  imports: false,
  manifest: ({ mode, browser }) => buildManifest({ mode, browser }),
});
