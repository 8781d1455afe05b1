import type { Benchmark } from './harness';
import { EXTENSION_DIR } from '../support/browser';
import { kB, panelFirstLoad, withProductionBuild } from './panel-size';

const CASES = 1000;

/** Cold open of the panel to the first rendered case list with 1,000 stored cases, vs an empty extension page. */
export const panelOpen: Benchmark = {
  name: 'panel-open',
  what: `panel open → first render of the case list (${CASES} cases stored)`,
  baseline: 'opening an empty extension page',
  runs: 15,
  async setup(ctx) {
    const page = await ctx.page();
    await page.goto(`chrome-extension://${ctx.extensionId}/sidepanel.html`);
    await page.waitForFunction(() => 'canceldeskTest' in window);
    await page.evaluate(
      (n) =>
        (window as unknown as { canceldeskTest: { seedCases(n: number): Promise<void> } }).canceldeskTest.seedCases(n),
      CASES,
    );
    await page.close();
  },
  async run(ctx) {
    const page = await ctx.page();
    await page.goto(`chrome-extension://${ctx.extensionId}/sidepanel.html`);
    await page.locator('.case-item').first().waitFor();
    const subject = await page.evaluate(
      () => performance.getEntriesByName('canceldesk:cases-rendered')[0]?.startTime ?? NaN,
    );
    await page.goto(`chrome-extension://${ctx.extensionId}/blank.html`);
    const baseline = await page.evaluate(
      () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
    );
    await page.close();
    return { subject, baseline };
  },
  async notes() {
    const shipped = await withProductionBuild(panelFirstLoad);
    const e2e = await panelFirstLoad(EXTENSION_DIR);
    return [
      `side-panel JavaScript before the first paint (page scripts and the larger language), production build: ${kB(shipped.gzip)} gzipped (${kB(shipped.raw)} raw, ${shipped.files.length} files: ${shipped.files.join(', ')})`,
      `side-panel JavaScript, benchmarked e2e build (production React plus test hooks): ${kB(e2e.gzip)} gzipped (${kB(e2e.raw)} raw)`,
    ];
  },
};
