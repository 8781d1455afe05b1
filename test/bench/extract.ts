import { bundleForPage } from './bundle';
import type { Benchmark } from './harness';
import { historyPage } from './history-page';

declare const cdExtract: typeof import('../../lib/extract');

const ROWS = 2000;

/** Capture on a detail page with a 2,000-row history table, vs one bare TreeWalker pass over its text nodes. */
export const extractBench: Benchmark = {
  name: 'extract',
  what: `extractOrder on a detail page with a ${ROWS}-row history table`,
  baseline: 'one bare TreeWalker pass over all text nodes of the same page',
  runs: 15,
  async run(ctx) {
    const page = await ctx.page();
    await page.setContent(historyPage(ROWS));
    await page.addScriptTag({ content: await bundleForPage('cdExtract', "export { extractOrder } from './lib/extract';") });
    const result = await page.evaluate(() => {
      const walk = () => {
        const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        let n = 0;
        while (w.nextNode()) n += (w.currentNode.nodeValue ?? '').length;
        return n;
      };
      const t0 = performance.now();
      walk();
      const t1 = performance.now();
      const out = cdExtract.extractOrder(document, { zone: 'Asia/Shanghai', idMask: { keepStart: 3, keepEnd: 4 } });
      const t2 = performance.now();
      return { baseline: t1 - t0, subject: t2 - t1, orderNo: out.draft?.values.orderNo, nodes: document.getElementsByTagName('*').length };
    });
    if (result.orderNo !== '202611251403220018') throw new Error(`extract bench read ${result.orderNo}`);
    await page.close();
    return { subject: result.subject, baseline: result.baseline };
  },
  async notes(ctx) {
    const page = await ctx.page();
    await page.setContent(historyPage(ROWS));
    const nodes = await page.evaluate(() => {
      const w = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
      let n = 0;
      while (w.nextNode()) n++;
      return n;
    });
    await page.close();
    return [`page has ${nodes} DOM nodes`];
  },
};
