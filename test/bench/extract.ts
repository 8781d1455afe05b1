import { bundleForPage } from './bundle';
import { painted, type Benchmark } from './harness';
import { historyPage } from './history-page';

declare const cdExtract: {
  run(): { subject: number; baseline: number; parse: number; orderNo: string | undefined };
  countNodes(): number;
};

const ROWS = 2000;

// Timed inside the page: one bare TreeWalker pass over the text, then what a capture runs in the page (collecting
// masked plain data), then, apart, the parse the panel runs on what the page sent.
const SOURCE = `
import { withZones } from './lib/capture/with-zones';
import { collectCapture } from './lib/extract/collect-capture';
import { parseCaptureRows } from './lib/capture/parse-capture';
// The panel works the zone's offsets out once and sends them with the request.
const OPTIONS = withZones({ zone: 'Asia/Shanghai', idMask: { keepStart: 3, keepEnd: 4 } });
export function run() {
  const t0 = performance.now();
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  while (w.nextNode()) chars += (w.currentNode.nodeValue || '').length;
  const t1 = performance.now();
  const raw = collectCapture(document, OPTIONS);
  const t2 = performance.now();
  const out = parseCaptureRows(raw, OPTIONS).result;
  const t3 = performance.now();
  if (chars === 0) throw new Error('empty page');
  return { baseline: t1 - t0, subject: t2 - t1, parse: t3 - t2, orderNo: out.draft ? out.draft.values.orderNo : undefined };
}
export function countNodes() {
  const w = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
  let n = 0;
  while (w.nextNode()) n++;
  return n;
}
`;

/** The panel's parse of each run's capture, reported beside the page's part. */
const parses: number[] = [];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? NaN;

/**
 * What a capture runs in the page (collectCapture) on a detail page with a 2,000-row history table, vs one bare
 * TreeWalker pass over its text nodes; the panel's parse of the result is reported beside it.
 */
export const extractBench: Benchmark = {
  name: 'extract',
  what: `a capture's part in the page (collectCapture) on a detail page with a ${ROWS}-row history table`,
  baseline: 'one bare TreeWalker pass over all text nodes of the same page',
  runs: 15,
  async run(ctx) {
    const page = await ctx.page();
    await page.setContent(historyPage(ROWS));
    await page.addScriptTag({ content: await bundleForPage('cdExtract', SOURCE) });
    await painted(page);
    const result = await page.evaluate(() => cdExtract.run());
    if (result.orderNo !== '202611251403220018') throw new Error(`extract bench read ${result.orderNo}`);
    parses.push(result.parse);
    await page.close();
    return { subject: result.subject, baseline: result.baseline };
  },
  async notes(ctx) {
    const page = await ctx.page();
    await page.setContent(historyPage(ROWS));
    await page.addScriptTag({ content: await bundleForPage('cdExtract', SOURCE) });
    const nodes = await page.evaluate(() => cdExtract.countNodes());
    await page.close();
    const parse = median(parses.splice(0));
    return [
      `page has ${nodes} DOM nodes`,
      `the panel's parse of what the page sent (parseCaptureRows, timed here in the page): median ${parse.toFixed(1)} ms`,
    ];
  },
};
