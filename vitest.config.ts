import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const zone = (process.env.TZ ?? 'local').replace(/\//g, '-');

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    setupFiles: ['test/support/unit-setup.ts'],
    reporters: ['default', ['json', { outputFile: `test-results/unit-${zone}.json` }]],
  },
});
