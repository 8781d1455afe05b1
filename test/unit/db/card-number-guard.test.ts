import { describe, expect, it } from 'vitest';
import { containsCardNumber, findCardNumber } from '../../../lib/db/card-number-guard';

describe('containsCardNumber', () => {
  it.each([
    ['Visa', '4111111111111111'],
    ['UnionPay 16 digits', '6250941006528599'],
    ['Mastercard with spaces', '5500 0000 0000 0004'],
    ['Amex with dashes', '3782-822463-10005'],
    ['a card in a sentence', '请核对卡号4111111111111111是否正确'],
  ])('finds %s', (_name, text) => {
    expect(containsCardNumber(text)).toBe(true);
  });

  it.each([
    ['a masked card', '622588******5678'],
    ['a Luhn-invalid card-like number', '6225880212345678'],
    ['a timestamp order number that passes Luhn', '202611241015330049'],
    ['a UUID', '41111111-1111-4111-8111-111111111111'],
    ['a SHA-256', '4111111111111111aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'.slice(0, 64)],
    ['a date and time', '2026-11-24 10:15:33'],
    ['a 12-digit reference', '432409118822'],
  ])('ignores %s', (_name, text) => {
    expect(containsCardNumber(text)).toBe(false);
  });
});

describe('findCardNumber', () => {
  it('names the path of the first string that holds a card number', () => {
    expect(
      findCardNumber({
        values: { orderNo: 'A1' },
        sources: { cardMasked: { text: 'x', label: '卡号 4111111111111111' } },
      }),
    ).toBe('sources.cardMasked.label');
    expect(findCardNumber({ list: ['ok', 4111111111111111] })).toBe('list[1]');
    expect(findCardNumber({ values: { orderNo: 'A1' } })).toBeNull();
  });
});
