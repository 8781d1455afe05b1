import { describe, expect, it } from 'vitest';
import { extractOrder } from '../../../lib/extract';
import { historyPage } from '../../bench/history-page';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function bareWalk(doc: Document): number {
  const w = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  let n = 0;
  while (w.nextNode()) n += (w.currentNode.nodeValue ?? '').length;
  return n;
}

describe('extractOrder speed', () => {
  it('reads a detail page with a 2,000-row history within 3× one bare TreeWalker pass over its text', () => {
    document.open();
    document.write(historyPage(2000));
    document.close();
    const walks: number[] = [];
    const captures: number[] = [];
    for (let i = 0; i < 9; i++) {
      const t0 = performance.now();
      bareWalk(document);
      const t1 = performance.now();
      const result = extractOrder(document, { zone: 'Asia/Shanghai', idMask: { keepStart: 3, keepEnd: 4 } });
      const t2 = performance.now();
      expect(result.draft?.values.orderNo).toBe('202611251403220018');
      walks.push(t1 - t0);
      captures.push(t2 - t1);
    }
    const ratio = median(captures) / median(walks);
    console.info(`extract ${median(captures).toFixed(1)} ms, bare TreeWalker ${median(walks).toFixed(1)} ms, ratio ${ratio.toFixed(2)} (${document.getElementsByTagName('*').length} elements)`);
    expect(ratio).toBeLessThanOrEqual(3);
  });
});
