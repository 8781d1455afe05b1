import { describe, expect, it } from 'vitest';
import { isResidentId, looksLikeCard, luhn, maskCardToken, maskId, Scrubber } from '../../../lib/extract/mask';

const mask = { keepStart: 3, keepEnd: 4 };

describe('card and ID masking', () => {
  it.each([
    ['4111111111111111', true],
    ['6222021234567894', true],
    ['6222021234567895', false],
  ])('Luhn %s → %s', (digits, ok) => {
    expect(luhn(digits)).toBe(ok);
  });

  it.each([
    ['4111111111111111', true],
    ['378282246310005', true],
    ['202611251403220018', false],
    ['898310058120123', false],
  ])('card-like %s → %s', (digits, card) => {
    expect(looksLikeCard(digits)).toBe(card);
  });

  it.each([
    ['6222021234567894', '622202******7894'],
    ['6222 0212 3456 7894', '6222 02** **** 7894'],
    ['62220212****7894', '622202******7894'],
  ])('keeps at most the first 6 and last 4 of %s', (token, masked) => {
    expect(maskCardToken(token)).toBe(masked);
  });

  it.each([
    [{ keepStart: 3, keepEnd: 4 }, '110***********1239'],
    [{ keepStart: 6, keepEnd: 4 }, '110105********1239'],
    [{ keepStart: 1, keepEnd: 2 }, '1***************39'],
  ])('masks an ID by the configured pattern %o', (pattern, masked) => {
    expect(maskId('110105199003071239', pattern)).toBe(masked);
  });

  it('validates resident ID numbers by birth date and check character', () => {
    expect(isResidentId('110105199003071239')).toBe(true);
    expect(isResidentId('110105199003071238')).toBe(false);
    expect(isResidentId('202611251403220018')).toBe(false);
  });

  it('scrubs card and ID numbers out of any text, keeping order numbers and merchant ids', () => {
    const s = new Scrubber(mask);
    expect(
      s.scrub('卡号 4111 1111 1111 1111 订单 202611251403220018 商户 898310058120123 证件 110105199003071239'),
    ).toBe('卡号 4111 11** **** 1111 订单 202611251403220018 商户 898310058120123 证件 110***********1239');
    expect(s.cardMasked).toBe(true);
    expect(s.idMasked).toBe(true);
  });

  it('masks a number seen under a card label even when it fails Luhn, and an ID seen under an ID label', () => {
    const s = new Scrubber(mask);
    s.addCard('6222021234567895');
    s.addId('E12345678');
    expect(s.scrub('refund to 6222021234567895, passport E12345678')).toBe(
      'refund to 622202******7895, passport E12**5678',
    );
  });

  it.each([
    ['卡号6222021234567894身份证号', '卡号622202******7894身份证号'],
    ['not a orderNo: 卡号6222021234567894', 'not a orderNo: 卡号622202******7894'],
    ['No.6222021234567894x', 'No.622202******7894x'],
  ])('masks a number seen under a card label where text runs into it: %s', (text, expected) => {
    const s = new Scrubber(mask);
    s.addCard('6222021234567894');
    expect(s.scrub(text)).toBe(expected);
    expect(s.cardMasked).toBe(true);
  });

  it('leaves texts with no long number alone', () => {
    const s = new Scrubber(mask);
    expect(s.scrub('¥1,288.00 交易成功 2026-11-25 14:03:22')).toBe('¥1,288.00 交易成功 2026-11-25 14:03:22');
    expect(s.cardMasked).toBe(false);
  });
});
