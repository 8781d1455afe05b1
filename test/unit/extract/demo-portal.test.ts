import { describe, expect, it } from 'vitest';
import { extractOrder } from '../../../lib/capture/extract-order';
import { CaptureResult } from '../../../lib/schema/capture';
import type { Order } from '../../../lib/schema/order';
import { loadPortal } from './load-portal';
import { withZones } from '../../../lib/capture/with-zones';

const OPTIONS = { zone: 'Asia/Shanghai', idMask: { keepStart: 3, keepEnd: 4 } };
const shop = { merchantName: '上海静安百货有限公司', merchantId: '898310058120123', terminalId: '20458712' };

describe('extractOrder on the demo portal', () => {
  it.each<[string, Partial<Order>]>([
    [
      'zh/order-1001.html',
      {
        ...shop,
        orderNo: '202611251403220018',
        status: 'paid',
        batchNo: '000125',
        voucherNo: '000318',
        referenceNo: '433514029871',
        authCode: 'A1B2C3',
        transactionType: 'sale',
        paymentMethod: 'card',
        cardMasked: '622848******1234',
        amountMinor: 128800,
        currency: 'CNY',
        paidAt: '2026-11-25T14:03:22+08:00',
        settled: false,
        refundedMinor: 0,
      },
    ],
    [
      'zh/order-1002.html',
      {
        ...shop,
        orderNo: '202611200918450007',
        status: 'paid',
        batchNo: '000121',
        voucherNo: '000097',
        referenceNo: '432409118822',
        authCode: 'Z9Y8X7',
        transactionType: 'sale',
        paymentMethod: 'card',
        cardMasked: '622588******5673',
        amountMinor: 350000,
        currency: 'CNY',
        paidAt: '2026-11-20T09:18:45+08:00',
        settled: true,
        refundedMinor: 50000,
      },
    ],
    [
      'en/order-2001.html',
      {
        orderNo: 'WX20261124101533',
        merchantName: 'Harbor Coffee Roasters',
        merchantId: '898440153990021',
        terminalId: '10923457',
        paymentMethod: 'wechat',
        transactionType: 'sale',
        amountMinor: 5680,
        currency: 'CNY',
        refundedMinor: 0,
        paidAt: '2026-11-24T10:15:33+08:00',
        status: 'paid',
        settled: true,
      },
    ],
  ])('%s: the order in detail, not the related order, the day’s total or the hotline', async (page, values) => {
    const result = extractOrder(await loadPortal(`demo/${page}`), withZones(OPTIONS));
    expect(() => CaptureResult.parse(result)).not.toThrow();
    expect(result.draft?.values).toEqual(values);
  });

  it('zh/orders.html: every row is a candidate and there is no detail', async () => {
    const result = extractOrder(await loadPortal('demo/zh/orders.html'), withZones(OPTIONS));
    expect(result.draft).toBeNull();
    expect(
      result.candidates.map((c) => [c.draft.values.orderNo, c.draft.values.paymentMethod, c.draft.values.status]),
    ).toEqual([
      ['202611251403220018', 'card', 'paid'],
      ['202611200918450007', 'card', 'paid'],
      ['202611241015330044', 'wechat', 'refunded'],
      ['202611230755100002', 'unionpay_qr', 'pending'],
    ]);
  });

  it('zh/order-1002.html: the full card number shown by the page appears nowhere in the result', async () => {
    const result = extractOrder(await loadPortal('demo/zh/order-1002.html'), withZones(OPTIONS));
    expect(JSON.stringify(result)).not.toMatch(/6225880212345673/);
    expect(result.problems).toContainEqual({ key: 'cardMasked', code: 'card_masked', label: '卡号' });
  });
});
