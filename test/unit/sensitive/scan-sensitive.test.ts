import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanSensitive, type Finding } from '../../../lib/sensitive/scan-sensitive';
import { inScript, luhnCard, notLuhnCard, residentId } from '../../builders/sensitive';

const card = luhnCard;
const notLuhn = notLuhnCard;
const FULL = 0xff10;
const ARABIC = 0x0660;

/** kind, digits and the text each finding covers. */
const found = (text: string) => scanSensitive(text).map((f) => [f.kind, f.digits, text.slice(f.start, f.end)]);

const UNIONPAY = card('622202123456789'); // 16 digits, UnionPay 62
const UNIONPAY_19 = card('622202020011234567'); // 19 digits
const MASTERCARD_2 = card('222100000000123'); // 2-series Mastercard
const ID = '11010119900307109X';

describe('scanSensitive finds card numbers however they are written', () => {
  it.each([
    { name: 'ASCII Visa', text: '4111111111111111', digits: '4111111111111111', covers: '4111111111111111' },
    {
      name: 'Mastercard',
      text: '卡号 5555555555554444 已冻结',
      digits: '5555555555554444',
      covers: '5555555555554444',
    },
    { name: '2-series Mastercard', text: MASTERCARD_2, digits: MASTERCARD_2, covers: MASTERCARD_2 },
    {
      name: 'Amex in 4-6-5 groups',
      text: 'Amex 3782 822463 10005',
      digits: '378282246310005',
      covers: '3782 822463 10005',
    },
    {
      name: '19-digit UnionPay in groups',
      text: UNIONPAY_19.replace(/(\d{4})(?=\d)/g, '$1 '),
      digits: UNIONPAY_19,
      covers: UNIONPAY_19.replace(/(\d{4})(?=\d)/g, '$1 '),
    },
    {
      name: 'full-width digits',
      text: `卡号：${inScript(UNIONPAY, FULL)}`,
      digits: UNIONPAY,
      covers: inScript(UNIONPAY, FULL),
    },
    {
      name: 'Arabic-Indic digits',
      text: `card ${inScript('4111111111111111', ARABIC)}`,
      digits: '4111111111111111',
      covers: inScript('4111111111111111', ARABIC),
    },
    {
      name: 'mixed digit scripts',
      text: `${inScript('4111', FULL)} 1111 ${inScript('1111', ARABIC)} 1111`,
      digits: '4111111111111111',
      covers: `${inScript('4111', FULL)} 1111 ${inScript('1111', ARABIC)} 1111`,
    },
    { name: 'dots', text: 'Card 4111.1111.1111.1111.', digits: '4111111111111111', covers: '4111.1111.1111.1111' },
    {
      name: 'no-break spaces',
      text: '4111\u00a01111\u00a01111\u00a01111',
      digits: '4111111111111111',
      covers: '4111\u00a01111\u00a01111\u00a01111',
    },
    {
      name: 'double spaces',
      text: '5555  5555  5555  4444',
      digits: '5555555555554444',
      covers: '5555  5555  5555  4444',
    },
    {
      name: 'a space and a dash',
      text: '5555 -5555- 5555 4444',
      digits: '5555555555554444',
      covers: '5555 -5555- 5555 4444',
    },
    { name: 'dashes', text: '4111-1111-1111-1111', digits: '4111111111111111', covers: '4111-1111-1111-1111' },
    {
      name: 'en dashes and minus signs',
      text: '4111–1111−1111–1111',
      digits: '4111111111111111',
      covers: '4111–1111−1111–1111',
    },
    {
      name: 'full-width hyphens',
      text: '4111－1111－1111－1111',
      digits: '4111111111111111',
      covers: '4111－1111－1111－1111',
    },
    {
      name: 'ideographic spaces',
      text: '卡号　4111　1111　1111　1111',
      digits: '4111111111111111',
      covers: '4111　1111　1111　1111',
    },
    { name: 'middle dots', text: '4111·1111·1111·1111', digits: '4111111111111111', covers: '4111·1111·1111·1111' },
    {
      name: 'slashes and underscores',
      text: '4111/1111_1111/1111',
      digits: '4111111111111111',
      covers: '4111/1111_1111/1111',
    },
    { name: 'glued to Chinese text', text: `卡号${UNIONPAY}已挂失`, digits: UNIONPAY, covers: UNIONPAY },
    {
      name: 'across a line break',
      text: '4111 1111\n1111 1111',
      digits: '4111111111111111',
      covers: '4111 1111\n1111 1111',
    },
  ])('$name', ({ text, digits, covers }) => {
    expect(found(text)).toEqual([['card', digits, covers]]);
  });
});

describe('scanSensitive finds resident ID numbers', () => {
  it.each([
    { name: 'glued to its label, with its X check character', text: `身份证号${ID}`, digits: ID, covers: ID },
    { name: 'with a lower-case x', text: `身份证号${ID.toLowerCase()}。`, digits: ID, covers: ID.toLowerCase() },
    {
      name: 'with a digit check character',
      text: '证件号码：110105199003071239',
      digits: '110105199003071239',
      covers: '110105199003071239',
    },
    {
      name: 'in 6-8-4 groups',
      text: 'ID 110105 19900307 1239',
      digits: '110105199003071239',
      covers: '110105 19900307 1239',
    },
    {
      name: 'in full-width digits',
      text: `身份证${inScript('110105199003071239', FULL)}`,
      digits: '110105199003071239',
      covers: inScript('110105199003071239', FULL),
    },
  ])('$name', ({ text, digits, covers }) => {
    expect(found(text)).toEqual([['id', digits, covers]]);
  });

  it.each([
    { name: 'a wrong check character', text: '身份证号110101199003071090' },
    { name: 'an impossible birth month', text: `身份证号${residentId('11010119901307109')}` },
    { name: 'a birth year before 1900', text: `身份证号${residentId('11010118800307109')}` },
    { name: '17 digits and no check character', text: '身份证号11010119900307109' },
  ])('not $name', ({ text }) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    { name: 'with a digit check character', id: '440101199003070253' },
    { name: 'with an X check character', id: '44010119900307350X' },
  ])('a Guangdong ID that passes Luhn is an ID ($name)', ({ id }) => {
    expect(found(`身份证号${id}`)).toEqual([['id', id, id]]);
  });
});

describe('scanSensitive finds card security codes after their label', () => {
  it.each([
    { name: 'CVV', text: 'CVV 123', digits: '123', written: '123' },
    { name: 'CVV2 with a colon', text: 'CVV2: 123', digits: '123', written: '123' },
    { name: 'CVC, four digits', text: 'cvc 1234', digits: '1234', written: '1234' },
    { name: 'CVC2 with =', text: 'CVC2=456', digits: '456', written: '456' },
    { name: 'CVN with a full-width colon', text: 'CVN：789', digits: '789', written: '789' },
    { name: '安全码', text: '安全码：123', digits: '123', written: '123' },
    { name: '校验码', text: '校验码 4567', digits: '4567', written: '4567' },
    { name: '卡验证码为', text: '卡验证码为123', digits: '123', written: '123' },
    { name: 'Security code', text: 'Security code: 321', digits: '321', written: '321' },
    { name: 'security code is', text: 'the security code is 999.', digits: '999', written: '999' },
    {
      name: 'a full-width label and digits',
      text: `ＣＶＶ ${inScript('456', FULL)}`,
      digits: '456',
      written: inScript('456', FULL),
    },
  ])('$name', ({ text, digits, written }) => {
    expect(found(text)).toEqual([['csc', digits, written]]);
  });

  it.each([
    { name: 'five digits after the label', text: 'CVV 12345' },
    { name: 'two digits after the label', text: 'CVV 12' },
    { name: 'digits without a label', text: '123' },
  ])('not $name', ({ text }) => {
    expect(found(text)).toEqual([]);
  });

  it('a label before a card number is not a security code inside the card', () => {
    expect(found('CVV 4111 1111 1111 1111').map(([kind]) => kind)).toEqual(['card']);
  });
});

describe('scanSensitive leaves other numbers alone', () => {
  it.each([
    { name: 'a timestamp order number', text: '订单号：202611251403220018' },
    {
      name: 'a timestamp order number that passes Luhn (2026 is no card prefix)',
      text: `订单号 ${card('20261125140322001')}`,
    },
    { name: 'an order number with a letter prefix', text: 'T20261125-0001' },
    { name: 'a date', text: '2026-11-25' },
    { name: 'a date and time', text: '2026/11/25 14:03:27' },
    { name: 'a Chinese date and time', text: '2026年11月25日 14时03分27秒' },
    { name: 'a dotted date', text: '25.11.2026' },
    { name: 'a date range', text: '2026-11-01 ~ 2026-11-30' },
    { name: 'an amount', text: '¥12,800.00' },
    { name: 'an amount in yuan', text: '退款金额 12800.00元' },
    { name: 'a large amount', text: 'USD 1,234,567,890.12' },
    { name: 'a mobile number', text: '联系电话 13800138000' },
    { name: 'a mobile number in groups', text: '+86 138 0013 8000' },
    { name: 'a hotline', text: '400-820-8820' },
    { name: 'a landline', text: '(021) 6888 8888' },
    { name: 'a merchant id', text: '商户号 898310058120123' },
    { name: 'a reference number', text: '参考号 123456789012' },
    { name: 'a 16-digit number that fails Luhn', text: notLuhn('411111111111111') },
    {
      name: 'a grouped 16-digit number that fails Luhn',
      text: notLuhn('622202123456789').replace(/(\d{4})(?=\d)/g, '$1 '),
    },
    { name: 'a UUID', text: '123e4567-e89b-12d3-a456-426614174000' },
    { name: 'another UUID', text: 'f47ac10b-58cc-4372-a567-0e02b2c3d479' },
    { name: 'a card split by three separators in a row', text: '4111   1111 1111 1111' },
    { name: 'a card inside a longer digit string', text: `9${UNIONPAY}9` },
    { name: 'no digits at all', text: '卡号已隐藏' },
    { name: 'empty text', text: '' },
  ])('$name', ({ text }) => {
    expect(found(text)).toEqual([]);
  });

  it('a timestamp order number whose digits read like an ID is not one', () => {
    expect(found('订单号：202611191405070003')).toEqual([]);
  });
});

describe('scanSensitive finds several numbers in order', () => {
  it('a card, an ID and a security code in one note', () => {
    const text = `客户卡号 4111 1111 1111 1111，身份证号${ID}，CVV 123，订单 202611251403220018`;
    expect(scanSensitive(text).map((f) => f.kind)).toEqual(['card', 'id', 'csc']);
  });

  it('a card after a date in a table row is found as that card', () => {
    expect(found('2026-11-25 6222 0200 0008 0009')).toEqual([['card', '6222020000080009', '6222 0200 0008 0009']]);
  });
});

// Properties: what must hold on every text.

const SEPARATORS = [' ', '\u00a0', '\u3000', '.', '-', '_', '/', '·', '\u2013', '\u2212', '\n'];
const CSC_LABELS = ['CVV', 'cvv2:', 'CVC ', '安全码：', '校验码', 'Security code '];
/** Mathematical bold digits (U+1D7CE…): decimal digits outside the BMP. */
const MATH = 0x1d7ce;
const digitIn = fc
  .tuple(fc.integer({ min: 0, max: 9 }), fc.constantFrom(0x30, FULL, ARABIC, MATH))
  .map(([d, zero]) => String.fromCodePoint(zero + d));
const piece = fc.oneof(
  fc.constantFrom(...SEPARATORS, ...CSC_LABELS, 'X', 'x', '卡号', '身份证号', '订单号', '：', ',', '¥'),
  fc.constantFrom(
    '4111111111111111',
    '5555 5555 5555 4444',
    UNIONPAY,
    UNIONPAY_19,
    ID,
    '110105199003071239',
    '202611251403220018',
    '202611191405070003',
  ),
  fc.string({ unit: digitIn, minLength: 1, maxLength: 6 }),
  fc.string({ maxLength: 4 }),
  // Any other characters, without digits of scripts digitAt does not know.
  fc.string({ unit: 'grapheme', maxLength: 3 }).map((t) => t.replace(/\p{Nd}/gu, '')),
);
const anyText = fc.array(piece, { maxLength: 24 }).map((parts) => parts.join(''));

/** The ASCII digit (or X) the character at an offset is, in the scripts the generated texts use. */
const digitAt = (text: string, at: number) => {
  const cp = text.codePointAt(at) ?? 0;
  if (cp === 0x58 || cp === 0x78) return 'X';
  const zero =
    [0x30, FULL, ARABIC].find((z) => cp >= z && cp < z + 10) ?? (cp >= MATH && cp < MATH + 50 ? MATH : undefined);
  return zero === undefined ? '?' : String((cp - zero) % 10);
};

describe('scanSensitive on any text', () => {
  it('never throws, and its findings are in order, never overlap and point at their own digits', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const findings: Finding[] = scanSensitive(text);
        findings.forEach((f, i) => {
          const next = findings[i + 1];
          if (next) expect(f.end).toBeLessThanOrEqual(next.start);
          expect(f.at).toHaveLength(f.digits.length);
          expect([f.at[0], Math.max(...f.at) < f.end]).toEqual([f.start, true]);
          expect([...f.at].sort((a, b) => a - b)).toEqual(f.at);
          expect(f.at.map((at) => digitAt(text, at)).join('')).toEqual(f.digits);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('finds nothing in text without a decimal digit', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }).filter((t) => !/\p{Nd}/u.test(t)),
        (text) => {
          expect(scanSensitive(text)).toEqual([]);
        },
      ),
    );
  });
});
