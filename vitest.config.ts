import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const zone = (process.env.TZ ?? 'local').replace(/\//g, '-');

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    // Node has no Temporal yet; the polyfill stands in, as it does in a browser without one.
    setupFiles: ['fake-indexeddb/auto', 'temporal-polyfill/global'],
    reporters: ['default', ['json', { outputFile: `test-results/unit-${zone}.json` }]],
  },
});
