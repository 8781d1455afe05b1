import { describe, expect, it } from 'vitest';
import { fieldInputText, parseFieldInput } from '../../../lib/schema/order-field-input';
import type { OrderKey } from '../../../lib/schema/order';

describe('parseFieldInput', () => {
  it.each<[OrderKey, string, unknown]>([
    ['amountMinor', '1288.00', 128800],
    ['amountMinor', '1,288.5', 128850],
    ['amountMinor', '0.07', 7],
    ['amountMinor', '12', 1200],
    ['refundCount', '3', 3],
    ['settled', 'true', true],
    ['settled', 'false', false],
    ['status', 'paid', 'paid'],
    ['paidAt', '2026-11-25 14:03:22', '2026-11-25T14:03:22+08:00'],
    ['paidAt', '2026-11-25T06:03:22Z', '2026-11-25T06:03:22Z'],
    ['merchantName', '  上海静安百货  ', '上海静安百货'],
    ['merchantName', '', undefined],
  ])('%s: %j → %j', (key, text, value) => {
    expect(parseFieldInput(key, text)).toEqual({ ok: true, value });
  });

  it.each<[OrderKey, string]>([
    ['amountMinor', '12.345'],
    ['amountMinor', 'abc'],
    ['amountMinor', '-5'],
    ['refundCount', '1.5'],
    ['paidAt', 'yesterday'],
    ['status', 'lost'],
    ['currency', 'yuan'],
    ['cardMasked', '6228480402564890018'],
  ])('%s: refuses %j', (key, text) => {
    expect(parseFieldInput(key, text).ok).toBe(false);
  });

  it('reads amounts in the currency’s own minor units', () => {
    expect(parseFieldInput('amountMinor', '500', 'JPY')).toEqual({ ok: true, value: 500 });
    expect(parseFieldInput('amountMinor', '500.5', 'JPY').ok).toBe(false);
  });

  it('reads an offset-less time in the portal zone, not the machine zone', () => {
    expect(parseFieldInput('paidAt', '2026-03-08 02:30:00', 'USD', 'America/New_York')).toEqual({
      ok: true,
      value: '2026-03-08T03:30:00-04:00',
    });
  });
});

describe('fieldInputText', () => {
  it.each<[OrderKey, unknown, string]>([
    ['amountMinor', 128800, '1288.00'],
    ['amountMinor', 5, '0.05'],
    ['paidAt', '2026-11-25T06:03:22Z', '2026-11-25 14:03:22'],
    ['settled', false, 'false'],
    ['orderNo', undefined, ''],
  ])('%s: %j shows as %j', (key, value, text) => {
    expect(fieldInputText(key, value)).toBe(text);
  });

  it('round-trips through parseFieldInput', () => {
    for (const [key, value] of [
      ['amountMinor', 350000],
      ['paidAt', '2026-11-20T09:18:45+08:00'],
    ] as const) {
      expect(parseFieldInput(key, fieldInputText(key, value))).toEqual({ ok: true, value });
    }
  });
});
