import fc from 'fast-check';
import { clockParts } from './clock-parts';

/**
 * Generators of card numbers and of the ways a page, an agent or a file writes one, for the properties that
 * prove no full card number is ever kept. Independent of lib/sensitive on purpose: the checks here must not
 * share the scanner's idea of what a card is.
 */

/** Luhn checksum, written out here rather than taken from the scanner under test. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/** The check digit that makes `partial` + digit Luhn-valid. */
export function luhnCheckDigit(partial: string): string {
  for (let d = 0; d <= 9; d++) if (luhnValid(`${partial}${d}`)) return String(d);
  throw new Error('unreachable: one of ten digits always completes a Luhn sum');
}

/** A Luhn-valid card number: the body and its check digit. */
export const luhnCard = (body: string): string => body + luhnCheckDigit(body);

/** The same number with its check digit off by one, so it fails Luhn. */
export const notLuhnCard = (body: string): string => body + String((Number(luhnCheckDigit(body)) + 1) % 10);

/** A resident ID number: 17 digits and their ISO 7064 check character. */
export const residentId = (body: string): string => body + residentIdCheck(body);

/** Digits written in another script from its zero (full-width U+FF10, Arabic-Indic U+0660 …). */
export const inScript = (digits: string, zero: number): string =>
  [...digits].map((c) => (/\d/.test(c) ? String.fromCharCode(zero + Number(c)) : c)).join('');

/** Issuer prefixes of the networks a POS support desk sees. */
export const CARD_NETWORKS: readonly { network: string; prefix: fc.Arbitrary<string> }[] = [
  { network: 'Visa', prefix: fc.constant('4') },
  { network: 'Mastercard', prefix: fc.integer({ min: 51, max: 55 }).map(String) },
  { network: 'Mastercard 2-series', prefix: fc.integer({ min: 2221, max: 2720 }).map(String) },
  { network: 'UnionPay', prefix: fc.constantFrom('62', '81') },
  { network: 'Amex', prefix: fc.constantFrom('34', '37') },
  { network: 'JCB', prefix: fc.constant('35') },
  { network: 'Discover', prefix: fc.constantFrom('6011', '65') },
];

export interface CardNumber {
  network: string;
  /** ASCII digits, 13–19 of them, Luhn-valid. */
  digits: string;
}

/** A Luhn-valid card number of 13–19 digits with a network prefix; the body digits are unbiased. */
export const cardNumber: fc.Arbitrary<CardNumber> = fc
  .constantFrom(...CARD_NETWORKS)
  .chain(({ network, prefix }) =>
    fc.record({
      network: fc.constant(network),
      prefix,
      length: fc.integer({ min: 13, max: 19 }),
      // Unbiased: a body of zeros would put the card's digits in timestamps and hashes by chance.
      body: fc.noBias(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 19, maxLength: 19 })),
    }),
  )
  .map(({ network, prefix, length, body }) => {
    const partial = (prefix + body.join('')).slice(0, length - 1);
    return { network, digits: partial + luhnCheckDigit(partial) };
  });

/** Zero of each digit script a text may write a card in (the last one outside the BMP). */
export const DIGIT_ZEROS = {
  ascii: 0x30,
  fullWidth: 0xff10,
  arabicIndic: 0x0660,
  extendedArabicIndic: 0x06f0,
  devanagari: 0x0966,
  bengali: 0x09e6,
  thai: 0x0e50,
  mathBold: 0x1d7ce,
} as const;
export type DigitScript = keyof typeof DIGIT_ZEROS;
const SCRIPTS = Object.keys(DIGIT_ZEROS) as DigitScript[];

/** One digit written in a script. */
export const writeDigit = (digit: string, script: DigitScript): string =>
  String.fromCodePoint(DIGIT_ZEROS[script] + Number(digit));

/** What may stand between digit groups: spaces (no-break, ideographic, thin), dots, dashes, slashes, middle dots. */
export const SEPARATORS = [
  ' ',
  '\u00a0',
  '\u3000',
  '\u2009',
  '\u202f',
  '.',
  '-',
  '\u2010',
  '\u2013',
  '\u2014',
  '\u2212',
  '/',
  '\u00b7',
  '\u30fb',
  '\u2027',
] as const;

export interface WrittenCard {
  card: CardNumber;
  /** The card as written, without context. */
  text: string;
  /** How it was written, for counterexamples. */
  form: { scripts: DigitScript[]; groups: number[]; separators: string[] };
}

/** A card's digits cut into groups (lengths), with 0 to 5 cuts. */
const grouping = (n: number): fc.Arbitrary<number[]> =>
  fc.oneof(
    fc.constant<number[]>([n]),
    fc.constant<number[]>(
      n === 15 ? [4, 6, 5] : Array.from({ length: Math.ceil(n / 4) }, (_, i) => Math.min(4, n - i * 4)),
    ),
    fc.uniqueArray(fc.integer({ min: 1, max: n - 1 }), { maxLength: 5 }).map((cuts) => {
      const at = [0, ...[...cuts].sort((a, b) => a - b), n];
      return at.slice(1).map((end, i) => end - (at[i] ?? 0));
    }),
  );

/** Writes digits in a script (one for the whole card, or one per digit), grouped, with 1–2 separators between groups. */
export function writeCard(
  card: CardNumber,
  { separators = SEPARATORS as readonly string[] } = {},
): fc.Arbitrary<WrittenCard> {
  const n = card.digits.length;
  const scripts = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...SCRIPTS).map((s) => Array.from({ length: n }, () => s)) },
    { weight: 1, arbitrary: fc.array(fc.constantFrom(...SCRIPTS), { minLength: n, maxLength: n }) },
  );
  return fc.tuple(scripts, grouping(n)).chain(([scriptOf, groups]) =>
    fc
      .array(
        fc.array(fc.constantFrom(...separators), { minLength: 1, maxLength: 2 }).map((s) => s.join('')),
        {
          minLength: groups.length - 1,
          maxLength: groups.length - 1,
        },
      )
      .map((gaps) => {
        let text = '';
        let at = 0;
        groups.forEach((size, g) => {
          if (g > 0) text += gaps[g - 1] ?? '';
          for (let k = 0; k < size; k++, at++) text += writeDigit(card.digits[at] ?? '0', scriptOf[at] ?? 'ascii');
        });
        return { card, text, form: { scripts: scriptOf, groups, separators: gaps } };
      }),
  );
}

/** A card number in one of its written forms. */
export const writtenCard: fc.Arbitrary<WrittenCard> = cardNumber.chain((card) => writeCard(card));

/** Text around a card: glued to Chinese, after a label, in a sentence; never a digit or a hex letter next to it. */
export const CARD_CONTEXTS: readonly [string, string][] = [
  ['', ''],
  ['卡号', ''],
  ['卡号：', ''],
  ['客户卡号是', '，请核实'],
  ['银行卡', '已冻结'],
  ['Card no. ', ''],
  ['PAN:', ' (customer)'],
  ['The customer read out ', ' on the phone.'],
  ['付款卡 ', '。'],
];

export interface CardInText extends WrittenCard {
  /** The card in its context. */
  inText: string;
}

/** A written card in one of the contexts. */
export const cardInText: fc.Arbitrary<CardInText> = fc
  .tuple(writtenCard, fc.constantFrom(...CARD_CONTEXTS))
  .map(([w, [before, after]]) => ({ ...w, inText: `${before}${w.text}${after}` }));

/** The value of any Unicode decimal digit: digit blocks are runs of ten starting at zero. */
function digitValue(c: string): string {
  let cp = c.codePointAt(0) ?? 0;
  let zero = cp;
  while (/\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero--;
  cp -= zero;
  return String(cp % 10);
}

/** Every Unicode decimal digit as its ASCII digit; everything else as it was. */
export function foldDigits(text: string): string {
  return text.replace(/\p{Nd}/gu, (c) => (c >= '0' && c <= '9' ? c : digitValue(c)));
}

/** The text as the issue reads it: every digit ASCII, every non-digit dropped. */
export const onlyDigits = (text: string): string => foldDigits(text).replace(/[^0-9]/g, '');

/** The digits and mask stars of a text, everything else dropped: a masked card becomes one run of its length. */
export const digitsAndStars = (text: string): string => foldDigits(text).replace(/[^0-9*]/g, '');

/**
 * Where in `text` the card shows more than its first 6 and last 4 digits while partly masked: a run as long
 * as the card, each position its digit or a star, at least one star and at least one middle digit visible.
 * The full card (no star) is the other check's business. Returns the run, or null.
 */
export function overExposed(text: string, card: string): string | null {
  const ds = digitsAndStars(text);
  const n = card.length;
  for (let i = 0; i + n <= ds.length; i++) {
    let stars = 0;
    let middle = 0;
    let k = 0;
    for (; k < n; k++) {
      const c = ds[i + k];
      if (c === '*') stars++;
      else if (c === card[k]) {
        if (k >= 6 && k < n - 4) middle++;
      } else break;
    }
    if (k === n && stars > 0 && middle > 0) return ds.slice(i, i + n);
  }
  return null;
}

/** Whether `text` holds the card masked as the issue wants it: first 6 and last 4 at most, every middle digit a star. */
export function holdsMasked(text: string, card: string): boolean {
  const n = card.length;
  const shape = [...card].map((d, k) => (k < 6 || k >= n - 4 ? `[${d}*]` : '\\*')).join('');
  return new RegExp(shape).test(digitsAndStars(text));
}

/**
 * A portal order number: "2026MMDDhhmmss" and four more digits, 18 in all, that fails Luhn (and so is never a
 * card, whatever its prefix).
 */
export const orderNumber: fc.Arbitrary<string> = fc
  .record({ time: clockParts, serial: fc.integer({ min: 0, max: 9999 }) })
  .map(({ time: { month, day, hour, minute, second }, serial }) => {
    const two = (n: number) => String(n).padStart(2, '0');
    return `2026${two(month)}${two(day)}${two(hour)}${two(minute)}${two(second)}${String(serial).padStart(4, '0')}`;
  })
  .map((no) => (luhnValid(no) ? `${no.slice(0, -1)}${(Number(no.at(-1)) + 1) % 10}` : no));

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** The ISO 7064 check character of a resident ID's first 17 digits. */
export function residentIdCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (ID_WEIGHTS[i] ?? 0);
  return '10X98765432'[sum % 11] ?? '?';
}

/**
 * An 18-digit card number that is also a well-formed mainland resident ID: a network prefix that is a province
 * code (62 Gansu, 81 Hong Kong, 35 Fujian, 65 Xinjiang, 51–54, 41–46, 34, 37), a birth date in digits 7–14, and a
 * last digit that is both the ID's check character and the card's Luhn digit.
 */
export const cardThatIsAlsoAnId: fc.Arbitrary<CardNumber> = fc
  .record({
    prefix: fc.constantFrom(
      '62',
      '81',
      '35',
      '65',
      '51',
      '52',
      '53',
      '54',
      '41',
      '42',
      '43',
      '44',
      '45',
      '46',
      '34',
      '37',
    ),
    region: fc.integer({ min: 0, max: 9999 }),
    year: fc.integer({ min: 1950, max: 2008 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ prefix, region, year, month, day }) => {
    const head = `${prefix}${String(region).padStart(4, '0')}${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`;
    for (let serial = 0; serial < 1000; serial++) {
      const first17 = `${head}${String(serial).padStart(3, '0')}`;
      const check = residentIdCheck(first17);
      if (check !== 'X' && luhnValid(first17 + check))
        return { network: `card and resident ID (${prefix})`, digits: first17 + check };
    }
    return null;
  })
  .filter((c): c is CardNumber => c !== null);
