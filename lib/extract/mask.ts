import { maskSensitive, type IdMask } from '../sensitive/mask-sensitive';
import { isCardNumber, isResidentId, luhn } from '../sensitive/scan-sensitive';

export { isResidentId, luhn, type IdMask };

const MASK_CHARS = /[*•●xX#]/;
const SEPARATORS = /[ -]/;
/** A run of digits and mask characters with single spaces or dashes between them, not part of a word. */
const CARD_TOKEN = /(?<![\p{L}\p{N}*•●#])[\d*•●#](?:[\d*•●xX#]|[ -](?=[\d*•●xX#])){10,30}(?![\p{L}\p{N}*•●#])/gu;
/**
 * What a text must hold for anything in it to be masked: a long run of digits (any script), mask characters and
 * separators, or a security-code label. It spares most texts (times, amounts) the scanner.
 */
const MAY_BE_SENSITIVE =
  /[\p{Nd}*•●xX#][\p{Nd}*•●xX#\s\p{Pd}.\-_/·・‧+\u2212\u200b-\u200d\u2060\ufeff\u00ad]{10}|cvv|cvc|cvn|cid|security|verification|安全码|校验码|验证码/iu;
const MAY_HOLD_CARD = /\d(?:[*•●xX# -]*\d){10}/;

/** Whether a digit string could be a card number (the one scanner's rule). */
export const looksLikeCard = isCardNumber;

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
    if (this.ids.size === 0 && !this.idMask.patterns?.length && !MAY_BE_SENSITIVE.test(text)) return text;
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
    // Full card, ID and security-code numbers in any written form: the one scanner decides.
    const scanned = maskSensitive(out, this.idMask);
    if (scanned.masked.includes('card')) this.cardMasked = true;
    if (scanned.masked.includes('id')) this.idMasked = true;
    out = scanned.text;
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
