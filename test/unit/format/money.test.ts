import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decimalToMinor, formatMinor, minorToDecimal } from '../../../lib/format/money';

describe('minorToDecimal', () => {
  it.each<[number, string | undefined, string]>([
    [12800, 'CNY', '128.00'],
    [5, 'CNY', '0.05'],
    [-5, 'USD', '-0.05'],
    [1500, 'JPY', '1500'],
    [1234, 'KWD', '1.234'],
    [0, undefined, '0.00'],
  ])('%i %s → %s', (minor, currency, text) => {
    expect(minorToDecimal(minor, currency)).toBe(text);
  });

  it('names the currency in formatMinor', () => {
    expect(formatMinor(12800, 'CNY')).toBe('CNY 128.00');
  });
});

describe('decimalToMinor', () => {
  it.each<[string, string | undefined, number | null]>([
    ['5,000.00', 'CNY', 500000],
    ['5000', 'CNY', 500000],
    ['5 000.5', 'CNY', 500050],
    ['0', 'CNY', 0],
    ['12.', 'CNY', 1200],
    ['1500', 'JPY', 1500],
    ['1.5', 'JPY', null],
    ['1.234', 'CNY', null],
    ['-1', 'CNY', null],
    ['abc', 'CNY', null],
    ['99999999999999999999', 'CNY', null],
  ])('%s %s → %s', (text, currency, minor) => {
    expect(decimalToMinor(text, currency)).toBe(minor);
  });

  it('reads back what minorToDecimal writes, for every currency exponent', () => {
    fc.assert(
      fc.property(fc.nat({ max: 2 ** 40 }), fc.constantFrom('CNY', 'JPY', 'KWD'), (minor, currency) => {
        expect(decimalToMinor(minorToDecimal(minor, currency), currency)).toBe(minor);
      }),
    );
  });
});
