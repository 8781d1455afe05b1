import { defineConfig } from 'wxt';
import type { Plugin } from 'vite';
import { buildManifest, isLocalMode } from './lib/manifest';

/**
 * The app's own modules the side panel's entry imports statically, collected once the build has its module
 * graph. The pages build puts them in one chunk, with what they use of the libraries (the bundler brings a
 * grouped module's dependencies along, used parts only; naming the libraries' modules too would also bring what
 * an index re-exports and the panel never calls, such as zod's JSON Schema tools). Left to itself the bundler cut
 * the first load into ~35 chunks (each module shared with the options page or a lazy chunk got its own): loading
 * that many made the panel open about a quarter slower in an A/B probe, and compressing them one by one cost bytes.
 */
function panelFirstLoad(): { plugin: Plugin; has: (id: string) => boolean } {
  const modules = new Set<string>();
  const plugin: Plugin = {
    name: 'canceldesk:panel-first-load',
    buildEnd() {
      const main = [...this.getModuleIds()].find((id) => id.endsWith('/entrypoints/sidepanel/main.tsx'));
      const queue = main ? [main] : [];
      for (let id = queue.pop(); id; id = queue.pop()) {
        if (modules.has(id)) continue;
        modules.add(id);
        queue.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
  };
  return { plugin, has: (id) => modules.has(id) && !id.endsWith('.css') && !id.includes('/node_modules/') };
}

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
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.name === 'sidepanel')) return;
      const output = config.build?.rollupOptions?.output;
      if (!output || Array.isArray(output)) throw new Error('WXT no longer sets one output for the pages build');
      const firstLoad = panelFirstLoad();
      config.plugins = [...(config.plugins ?? []), firstLoad.plugin];
      output.codeSplitting = { groups: [{ name: 'panel', test: firstLoad.has }] };
    },
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
