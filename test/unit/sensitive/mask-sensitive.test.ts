import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskSensitive, type IdMask } from '../../../lib/sensitive/mask-sensitive';
import { inScript, luhnCard, luhnValid } from '../../builders/sensitive';

const card = luhnCard;
const FULL = 0xff10;
const ARABIC = 0x0660;

const ID_MASK: IdMask = { keepStart: 3, keepEnd: 4 };
const UNIONPAY = card('622202123456789');

describe('maskSensitive keeps a card number’s first 6 and last 4, in its own formatting', () => {
  it.each([
    { name: 'plain digits', text: '4111111111111111', masked: '411111******1111' },
    { name: 'groups of four', text: '卡号 4111 1111 1111 1111', masked: '卡号 4111 11** **** 1111' },
    { name: 'dots', text: '4111.1111.1111.1111', masked: '4111.11**.****.1111' },
    { name: 'dashes', text: '5555-5555-5555-4444', masked: '5555-55**-****-4444' },
    {
      name: 'double and no-break spaces',
      text: '5555  5555\u00a0\u00a05555  4444',
      masked: '5555  55**\u00a0\u00a0****  4444',
    },
    { name: 'ideographic spaces', text: '4111　1111　1111　1111', masked: '4111　11**　****　1111' },
    {
      name: 'full-width digits',
      text: inScript('4111111111111111', FULL),
      masked: `${inScript('411111', FULL)}******${inScript('1111', FULL)}`,
    },
    {
      name: 'Arabic-Indic digits',
      text: inScript('4111111111111111', ARABIC),
      masked: `${inScript('411111', ARABIC)}******${inScript('1111', ARABIC)}`,
    },
    {
      name: 'glued to Chinese text',
      text: `卡号${UNIONPAY}已挂失`,
      masked: `卡号${UNIONPAY.slice(0, 6)}******${UNIONPAY.slice(-4)}已挂失`,
    },
    { name: 'Amex in 4-6-5 groups', text: '3782 822463 10005', masked: '3782 82**** *0005' },
  ])('$name', ({ text, masked }) => {
    expect(maskSensitive(text, ID_MASK)).toEqual({ text: masked, masked: ['card'] });
  });
});

describe('maskSensitive masks an ID by the configured ends and a security code whole', () => {
  it.each([
    {
      name: 'an ID with X, glued to its label',
      text: '身份证号11010119900307109X',
      mask: ID_MASK,
      masked: '身份证号110***********109X',
      kinds: ['id'],
    },
    {
      name: 'an ID with x, keeping 6 and 4',
      text: '身份证号11010119900307109x',
      mask: { keepStart: 6, keepEnd: 4 },
      masked: '身份证号110101********109x',
      kinds: ['id'],
    },
    {
      name: 'an ID, keeping nothing',
      text: '11010119900307109X',
      mask: { keepStart: 0, keepEnd: 0 },
      masked: '******************',
      kinds: ['id'],
    },
    {
      name: 'an ID in groups',
      text: '110105 19900307 1239',
      mask: ID_MASK,
      masked: '110*** ******** 1239',
      kinds: ['id'],
    },
    { name: 'a CVV', text: 'CVV2: 123', mask: ID_MASK, masked: 'CVV2: ***', kinds: ['csc'] },
    {
      name: 'a 安全码 in full-width digits',
      text: `安全码：${inScript('4567', FULL)}`,
      mask: ID_MASK,
      masked: '安全码：****',
      kinds: ['csc'],
    },
    {
      name: 'all three in one note',
      text: '卡号 4111 1111 1111 1111，身份证号11010119900307109X，CVV 123',
      mask: ID_MASK,
      masked: '卡号 4111 11** **** 1111，身份证号110***********109X，CVV ***',
      kinds: ['card', 'id', 'csc'],
    },
  ])('$name', ({ text, mask, masked, kinds }) => {
    expect(maskSensitive(text, mask)).toEqual({ text: masked, masked: kinds });
  });

  it.each([
    { name: 'an order number', text: '订单号 202611251403220018' },
    { name: 'a date and time', text: '2026-11-25 14:03:27' },
    { name: 'an amount', text: '¥12,800.00' },
    { name: 'a phone number', text: '+86 138 0013 8000' },
    { name: 'a number that fails Luhn', text: '4111 1111 1111 1112' },
    { name: 'a UUID', text: '123e4567-e89b-12d3-a456-426614174000' },
  ])('leaves $name as it is', ({ text }) => {
    expect(maskSensitive(text, ID_MASK)).toEqual({ text, masked: [] });
  });

  it('an ID that passes Luhn is masked by the ID mask', () => {
    expect(maskSensitive('身份证号440101199003070253', ID_MASK).text).toBe('身份证号440***********0253');
  });

  // The date's "25" and the card's first three groups make a Luhn-valid span too: masking hides both readings,
  // so the card shows at most its first 6 and last 4, and the date and amount stay.
  it('a card after a date in a table row keeps at most its first 6 and last 4', () => {
    const masked = maskSensitive('2026-11-25 6222 0200 0008 0009 ¥128.00', ID_MASK).text;
    expect(masked).toMatch(/^2026-11-25 6222 [0*][2*]\*\* \*{4} 0009 ¥128\.00$/);
  });
});

// Properties.

/** Separators the scanner accepts between a number's groups (ASCII, no-break, ideographic, dots, dashes, slashes). */
const SEPARATORS = [
  ' ',
  '\u00a0',
  '\u3000',
  '\u2009',
  '\t',
  '\n',
  '.',
  '-',
  '_',
  '/',
  '·',
  '・',
  '‧',
  '\u2010',
  '\u2013',
  '\u2014',
  '\u2212',
  '－',
  '．',
];
/** Card prefixes of the networks: Visa, Mastercard (51–55 and 2221–2720), Amex, Diners, JCB, Discover, UnionPay, Mir. */
const PREFIXES = [
  '4',
  '51',
  '55',
  '2221',
  '2500',
  '2720',
  '34',
  '37',
  '300',
  '305',
  '36',
  '35',
  '6011',
  '65',
  '62',
  '81',
  '2200',
  '2204',
];
const ZEROS = [0x30, FULL, ARABIC];

const cardNumber = fc
  .tuple(
    fc.constantFrom(...PREFIXES),
    fc.integer({ min: 13, max: 19 }),
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 18, maxLength: 18 }),
  )
  .map(([prefix, length, fill]) => card((prefix + fill.join('')).slice(0, length - 1)));
/** A card number written digit by digit in any script, with 0–2 separators after each digit but the last. */
const writtenCard = cardNumber.chain((digits) =>
  fc
    .tuple(
      fc.array(fc.constantFrom(...ZEROS), { minLength: digits.length, maxLength: digits.length }),
      fc.array(fc.array(fc.constantFrom(...SEPARATORS), { maxLength: 2 }), {
        minLength: digits.length - 1,
        maxLength: digits.length - 1,
      }),
    )
    .map(([zeros, gaps]) => {
      let written = '';
      const at: number[] = [];
      [...digits].forEach((d, k) => {
        at.push(written.length);
        written += String.fromCharCode((zeros[k] ?? 0x30) + Number(d)) + (gaps[k] ?? []).join('');
      });
      return { digits, written, at };
    }),
);
const CJK = [...'卡号客户退款订单金额撤销原因已冻结的交易于日期'];
const textAround = fc.string({
  unit: fc.oneof(fc.constantFrom(...CJK), fc.string({ minLength: 1, maxLength: 1 })),
  maxLength: 20,
});
/** A character that ends a number: a letter or a Chinese character, neither a digit nor a separator. */
const edge = fc.constantFrom(...CJK, 'a', 'Z', '：', '(');

/** Digits folded to ASCII and separators dropped, as a reader of the masked text would read the number. */
const normalise = (text: string) =>
  [...text]
    .map((c) => {
      const cp = c.codePointAt(0) ?? 0;
      const zero = ZEROS.find((z) => cp >= z && cp < z + 10);
      return zero === undefined ? c : String(cp - zero);
    })
    .filter((c) => !SEPARATORS.includes(c))
    .join('');

describe('maskSensitive on any text', () => {
  // The character touching the card is a letter or a Chinese character: digits within two separators of it would
  // join its run and make another number (see the date-before-card case above).
  it('never leaves a card number readable, and keeps at most its first 6 and last 4 digits', () => {
    fc.assert(
      fc.property(textAround, edge, writtenCard, edge, textAround, (before, open, written, close, after) => {
        const head = before + open;
        const text = head + written.written + close + after;
        const out = maskSensitive(text, ID_MASK);
        expect(out.text).toHaveLength(text.length);
        expect(normalise(out.text)).not.toContain(written.digits);
        const n = written.digits.length;
        const shown = written.at.map((at, k) => (out.text[head.length + at] === '*' ? '*' : String(k)));
        expect(shown.slice(6, n - 4)).toEqual(Array(n - 10).fill('*'));
        expect(out.masked).toContain('card');
      }),
      { numRuns: 300 },
    );
  });

  it('never changes a timestamp order number that fails Luhn', () => {
    const two = (min: number, max: number) => fc.integer({ min, max }).map((n) => String(n).padStart(2, '0'));
    const day = two(1, 28);
    const orderNo = fc
      .tuple(two(1, 12), day, two(0, 23), two(0, 59), two(0, 59), fc.integer({ min: 0, max: 9999 }))
      .map(([mm, dd, hh, mi, ss, seq]) => `2026${mm}${dd}${hh}${mi}${ss}${String(seq).padStart(4, '0')}`)
      .filter((n) => !luhnValid(n));
    fc.assert(
      fc.property(
        fc.constantFrom('', '订单号：', 'Order No. ', '原订单编号'),
        orderNo,
        fc.constantFrom('', '，金额 ¥128.00', ' 已支付'),
        (label, no, tail) => {
          const text = label + no + tail;
          expect(maskSensitive(text, ID_MASK)).toEqual({ text, masked: [] });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never changes a timestamp order number whose day and hour read as a birth year', () => {
    expect(maskSensitive('订单号：202611191405070003', ID_MASK).text).toBe('订单号：202611191405070003');
  });
});

describe('other ID patterns from settings', () => {
  const withPatterns = { keepStart: 1, keepEnd: 2, patterns: ['[EG]\\d{8}', '[A-Z]\\d{6}\\([0-9A]\\)'] };
  it.each([
    ['a passport number', '护照号码：E12345678，已核验', '护照号码：E******78，已核验'],
    ['a Hong Kong ID with its check character', 'HKID A123456(7) on file', 'HKID A*****6(7) on file'],
    ['full-width digits, folded first', '护照 Ｅ１２３４５６７８', '护照 Ｅ******７８'],
    ['nothing the patterns name', 'Order E1234 paid', 'Order E1234 paid'],
  ])('masks %s', (_name, text, masked) => {
    expect(maskSensitive(text, withPatterns).text).toBe(masked);
  });

  it('leaves the same text alone without the patterns', () => {
    expect(maskSensitive('护照号码：E12345678', ID_MASK).text).toBe('护照号码：E12345678');
  });
});
