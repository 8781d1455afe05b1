import { describe, expect, it } from 'vitest';
import { extractOrder } from '../../../lib/capture/extract-order';
import { historyPage } from '../../bench/history-page';
import { withZones } from '../../../lib/capture/with-zones';

// The page `npm run bench extract` times; here only what it reads is checked (speed is the bench's job).
describe('a detail page with a long history table', () => {
  it.each([10, 2000])('reads the order in detail, not a history row, with %i rows below it', (rows) => {
    document.open();
    document.write(historyPage(rows));
    document.close();
    const result = extractOrder(document, withZones({ zone: 'Asia/Shanghai', idMask: { keepStart: 3, keepEnd: 4 } }));
    expect(result.draft?.values).toMatchObject({ orderNo: '202611251403220018', currency: 'CNY' });
  });
});
