/** How many leading and trailing characters of an ID number stay visible. */
export type IdMask = { keepStart: number; keepEnd: number };

const MASK_CHARS = /[*•●xX#]/;
const SEPARATORS = /[ -]/;
/** A run of digits and mask characters with single spaces or dashes between them, not part of a word. */
const CARD_TOKEN = /(?<![\p{L}\p{N}*•●#])[\d*•●#](?:[\d*•●xX#]|[ -](?=[\d*•●xX#])){10,30}(?![\p{L}\p{N}*•●#])/gu;
/** Anything a card or ID number could hide in: eleven or more digits, mask characters or separators in a row. */
const LONG_NUMBER = /[\d*•●xX#][\d*•●xX# -]{10}/;
const ID_TOKEN = /(?<![\p{L}\p{N}])\d{17}[\dXx](?![\p{L}\p{N}])/gu;
/**
 * What a text must hold for ID_TOKEN, and for CARD_TOKEN to mask anything (eleven digits or more in one
 * token). These plain patterns spare most texts (times, amounts) the costlier Unicode-aware ones.
 */
const MAY_HOLD_ID = /\d{17}/;
const MAY_HOLD_CARD = /\d(?:[*•●xX# -]*\d){10}/;

/** Luhn checksum, which every payment card number satisfies. */
export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/** Whether a digit string could be a card number: length, an issuer prefix cards use, and Luhn. */
export function looksLikeCard(digits: string): boolean {
  if (digits.length < 13 || digits.length > 19 || !luhn(digits)) return false;
  const p2 = Number(digits.slice(0, 2));
  const p4 = Number(digits.slice(0, 4));
  if (digits.length === 15) return p2 === 34 || p2 === 37;
  return (
    digits[0] === '4' ||
    (p2 >= 51 && p2 <= 55) ||
    (p4 >= 2221 && p4 <= 2720) ||
    [30, 35, 36, 38, 39, 60, 62, 64, 65, 81].includes(p2)
  );
}

/** Keeps at most the first 6 and last 4 digits of a card token, in its own formatting. */
export function maskCardToken(token: string): string {
  const positions = [...token].filter((c) => !SEPARATORS.test(c)).length;
  let pos = 0;
  let out = '';
  for (const c of token) {
    if (SEPARATORS.test(c)) {
      out += c;
      continue;
    }
    out += /\d/.test(c) && pos >= 6 && pos < positions - 4 ? '*' : c;
    pos++;
  }
  return out;
}

/** Masks the middle of an ID number, keeping the configured characters at each end. */
export function maskId(id: string, mask: IdMask): string {
  const start = Math.min(mask.keepStart, id.length);
  const end = Math.min(mask.keepEnd, id.length - start);
  return id.slice(0, start) + '*'.repeat(id.length - start - end) + id.slice(id.length - end);
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/** A mainland resident ID number (18 characters, a real birth date, ISO 7064 check character). */
export function isResidentId(id: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(id)) return false;
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (id.charCodeAt(i) - 48) * (ID_WEIGHTS[i] ?? 0);
  return '10X98765432'[sum % 11] === id[17]?.toUpperCase();
}

/**
 * Removes what must never leave the page from any text CancelDesk keeps: card numbers beyond first 6 and
 * last 4 (any Luhn-valid card-like number, and every number seen under a card label), and ID numbers (any
 * valid resident ID, and every value seen under an ID label). It remembers whether it masked anything.
 */
export class Scrubber {
  cardMasked = false;
  idMasked = false;
  private readonly pans = new Set<string>();
  private readonly ids = new Set<string>();
  private readonly memo = new Map<string, string>();

  constructor(private readonly idMask: IdMask) {}

  /** A number shown under a card label: masked wherever it appears. */
  addCard(text: string): void {
    this.memo.clear();
    for (const m of text.matchAll(CARD_TOKEN)) {
      const digits = m[0].replace(/\D/g, '');
      if (digits.length >= 12 && !MASK_CHARS.test(m[0])) this.pans.add(digits);
    }
  }

  /** A value shown under an ID label: masked wherever it appears. */
  addId(text: string): void {
    this.memo.clear();
    const id = text.replace(/[\s-]/g, '');
    if (id.length >= 6 && id.length <= 40) this.ids.add(id);
  }

  /** The text with every card and ID number masked. */
  scrub(text: string): string {
    if (this.ids.size === 0 && !LONG_NUMBER.test(text)) return text;
    let out = this.memo.get(text);
    if (out === undefined) {
      out = this.mask(text);
      if (this.memo.size < 5000) this.memo.set(text, out);
    }
    return out;
  }

  private mask(text: string): string {
    let out = text;
    for (const id of this.ids) {
      if (out.includes(id)) {
        out = out.split(id).join(maskId(id, this.idMask));
        this.idMasked = true;
      }
    }
    // A number already seen under a card label is masked even where text runs into it ("卡号6222…").
    for (const pan of this.pans) {
      if (out.includes(pan)) {
        out = out.split(pan).join(maskCardToken(pan));
        this.cardMasked = true;
      }
    }
    if (MAY_HOLD_ID.test(out)) {
      out = out.replace(ID_TOKEN, (id) => {
        if (!isResidentId(id)) return id;
        this.idMasked = true;
        return maskId(id, this.idMask);
      });
    }
    if (!MAY_HOLD_CARD.test(out)) return out;
    return out.replace(CARD_TOKEN, (token) => {
      const digits = token.replace(/\D/g, '');
      const masked = MASK_CHARS.test(token)
        ? digits.length > 10
        : digits.length >= 12 && (this.pans.has(digits) || looksLikeCard(digits));
      if (!masked) return token;
      this.cardMasked = true;
      return maskCardToken(token);
    });
  }
}
