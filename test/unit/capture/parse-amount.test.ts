import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../../lib/capture/parse-amount';

describe('parseAmount', () => {
  it.each<[string, string | undefined, number, string]>([
    ['¥1,288.00', undefined, 128800, 'CNY'],
    ['1288.5元', undefined, 128850, 'CNY'],
    ['CNY 56.80', undefined, 5680, 'CNY'],
    ['RMB 3,500.00', undefined, 350000, 'CNY'],
    ['¥ 19,999.99', undefined, 1999999, 'CNY'],
    ['￥0.00', undefined, 0, 'CNY'],
    ['3,500.00', '元', 350000, 'CNY'],
    ['$12.00', undefined, 1200, 'USD'],
    ['1.234,50 €', undefined, 123450, 'EUR'],
    ['200,00 €', undefined, 20000, 'EUR'],
    ['HK$1,000', undefined, 100000, 'HKD'],
    ['JPY 1,500', undefined, 1500, 'JPY'],
    ['12.5', 'USD', 1250, 'USD'],
  ])('%s (label unit %s) → %i minor units of %s', (text, unit, minor, currency) => {
    expect(parseAmount(text, 'CNY', unit)).toEqual({ ok: true, minor, currency, explicit: true });
  });

  it('reads a bare number as the portal currency, saying it was not explicit', () => {
    expect(parseAmount('88.00', 'CNY')).toEqual({ ok: true, minor: 8800, currency: 'CNY', explicit: false });
  });

  it('reads ¥ and 元 as the portal currency when its settings name another one', () => {
    expect(parseAmount('¥1,500', 'JPY')).toEqual({ ok: true, minor: 1500, currency: 'JPY', explicit: true });
  });

  it.each(['无', '-¥5.00', '¥12.3456', '1.234.56', '1,23,456', '99999999999999999999.00'])('refuses %s', (text) => {
    expect(parseAmount(text, 'CNY').ok).toBe(false);
  });
});
