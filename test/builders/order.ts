import type { Order } from '../../lib/schema/order';

/** A complete, paid, unsettled card sale in Beijing; override what a test is about. */
export function makeOrder(overrides: Partial<Order> = {}): Order {
  return {
    orderNo: 'T20261125-0001',
    merchantId: '898310048990001',
    merchantName: '测试商户',
    terminalId: '12345678',
    batchNo: '000001',
    voucherNo: '000123',
    referenceNo: '123456789012',
    authCode: 'A1B2C3',
    transactionType: 'sale',
    paymentMethod: 'card',
    cardMasked: '622202******1234',
    amountMinor: 12_800,
    currency: 'CNY',
    refundedMinor: 0,
    refundCount: 0,
    paidAt: '2026-11-25T14:03:27+08:00',
    status: 'paid',
    settled: false,
    ...overrides,
  };
}

/** The order without the given fields, as a capture that could not read them. */
export function withoutFields<K extends keyof Order>(order: Partial<Order>, ...keys: K[]): Partial<Order> {
  const copy = { ...order };
  for (const key of keys) delete copy[key];
  return copy;
}
