import { describe, expect, it } from 'vitest';
import { minorDigits } from '../../../lib/format/currency';

describe('minorDigits', () => {
  const intlDigits = (currency: string) =>
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits;

  it.each(['CNY', 'HKD', 'MOP', 'TWD', 'USD', 'EUR', 'GBP', 'SGD', 'JPY', 'KRW', 'KWD', 'BHD', 'CLP'])(
    'says what Intl says for %s',
    (currency) => {
      expect(minorDigits(currency)).toBe(intlDigits(currency));
    },
  );

  it.each([undefined, '', 'XYZ1'])('counts two digits for %s', (currency) => {
    expect(minorDigits(currency)).toBe(2);
  });
});
