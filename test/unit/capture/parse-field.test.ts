import { describe, expect, it } from 'vitest';
import { cardValue, parseField, type FieldContext } from '../../../lib/capture/parse-field';
import { clockIn } from '../../builders/zone-clock';
import type { OrderKey } from '../../../lib/schema/order';

const ctx: FieldContext = { localCurrency: 'CNY', clock: clockIn('Asia/Shanghai') };

describe('parseField', () => {
  it.each<[OrderKey, string, unknown, number]>([
    ['merchantId', '898310058120123', '898310058120123', 1],
    ['merchantId', 'M8899001', 'M8899001', 0.6],
    ['terminalId', '20458712', '20458712', 1],
    ['batchNo', '000125', '000125', 1],
    ['batchNo', '125', '125', 0.6],
    ['voucherNo', '000318', '000318', 1],
    ['referenceNo', '433514029871', '433514029871', 1],
    ['authCode', 'A1B2C3', 'A1B2C3', 1],
    ['orderNo', '202611251403220018', '202611251403220018', 1],
    ['orderNo', 'No. WX20261124101533', 'WX20261124101533', 0.9],
    ['refundCount', '2次', 2, 1],
    ['currency', '人民币', 'CNY', 1],
    ['currency', 'USD', 'USD', 1],
    ['merchantName', '上海静安百货有限公司', '上海静安百货有限公司', 1],
  ])('%s from %s → %s (shape %s)', (key, text, value, shape) => {
    expect(parseField(key, text, ctx)).toEqual({ ok: true, value, shape });
  });

  it.each<[OrderKey, string]>([
    ['merchantId', '详情'],
    ['orderNo', 'Details'],
    ['terminalId', '—'],
    ['status', '已关闭'],
    ['merchantName', '12345'],
    ['amountMinor', 'n/a'],
  ])('%s refuses %s', (key, text) => {
    expect(parseField(key, text, ctx).ok).toBe(false);
  });

  it('keeps the amount’s currency and the label unit', () => {
    expect(parseField('amountMinor', '3,500.00', { ...ctx, unit: '元' })).toEqual({
      ok: true,
      value: 350000,
      shape: 1,
      currency: 'CNY',
    });
  });

  it.each([
    ['6228 48** **** 1234', '622848******1234', false],
    ['6222021234567894', '622202******7894', true],
    ['**** **** **** 4242', '************4242', false],
    ['尾号1234', '****1234', false],
    ['xxxx-xxxx-xxxx-4242', '************4242', false],
  ])('card %s → %s (masked here: %s)', (text, value, masked) => {
    expect(cardValue(text)).toEqual({ value, masked });
  });

  it('never keeps more than 10 card digits', () => {
    expect(cardValue('62284812345678901234')).toBeNull();
    expect((cardValue('6228481234567890123')?.value.match(/\d/g) ?? []).length).toBeLessThanOrEqual(10);
  });
});
