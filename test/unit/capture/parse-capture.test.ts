import { describe, expect, it } from 'vitest';
import { extractOrder } from '../../../lib/capture/extract-order';
import { parseCaptureRows } from '../../../lib/capture/parse-capture';
import { withZones } from '../../../lib/capture/with-zones';
import { collectCapture } from '../../../lib/extract/collect-capture';
import { RawCapture } from '../../../lib/schema/capture';

const OPTIONS = withZones({ zone: 'Asia/Shanghai', idMask: { keepStart: 3, keepEnd: 4 } });

const row = (i: number) => `<tr><td>T2026112514${String(i).padStart(4, '0')}</td><td>¥${i}.00</td><td>已支付</td></tr>`;
const list = (rows: number) =>
  `<table><thead><tr><th>订单号</th><th>金额</th><th>状态</th></tr></thead><tbody>${Array.from({ length: rows }, (_, i) => row(i + 1)).join('')}</tbody></table>`;
const DETAIL =
  '<dl><dt>订单号</dt><dd>202611251403220018</dd><dt>交易金额</dt><dd>¥1,288.00</dd></dl><h3>历史订单</h3>';

function load(body: string): Document {
  document.open();
  document.write(`<!doctype html><html><body>${body}</body></html>`);
  document.close();
  return document;
}

describe('the page reads 100 list rows, and a list page asks for up to 500', () => {
  it.each([
    ['a list page of 150 orders', list(150), { sent: 100, askRows: 500, candidates: 150, detail: false }],
    ['a list page of 80 orders', list(80), { sent: 80, askRows: undefined, candidates: 80, detail: false }],
    [
      'an order in detail above 150 others',
      DETAIL + list(150),
      { sent: 100, askRows: undefined, candidates: 100, detail: true },
    ],
  ])('%s', (_name, body, expected) => {
    const doc = load(body);
    const raw = collectCapture(doc, OPTIONS);
    expect(RawCapture.safeParse(raw).success).toBe(true);
    expect(raw.lists[0]?.rows.length).toBe(expected.sent);
    expect(parseCaptureRows(raw, OPTIONS).askRows).toBe(expected.askRows);
    const result = extractOrder(doc, OPTIONS);
    expect(result.candidates).toHaveLength(expected.candidates);
    expect(result.draft !== null).toBe(expected.detail);
  });
});
