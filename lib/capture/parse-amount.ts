import { ascii } from '../format/text';
import { minorDigits } from '../format/currency';

export type ParsedAmount =
  { ok: true; minor: number; currency: string; explicit: boolean } | { ok: false; reason: string };

/** Symbols and words that name a currency; "local" ones (¥, 元) mean the portal's own currency. */
const LOCAL = 'local';
const MARKERS: [RegExp, string][] = [
  [/HK\$|港币|港元|\bHKD\b/i, 'HKD'],
  [/US\$|美元|\bUSD\b/i, 'USD'],
  [/€|欧元|\bEUR\b/i, 'EUR'],
  [/£|英镑|\bGBP\b/i, 'GBP'],
  [/日元|\bJPY\b/i, 'JPY'],
  [/澳门元|\bMOP\b/i, 'MOP'],
  [/新台币|\bTWD\b|NT\$/i, 'TWD'],
  [/\bSGD\b|S\$/i, 'SGD'],
  [/\bCNY\b|\bRMB\b|人民币/i, 'CNY'],
  [/\$/, 'USD'],
  [/[¥￥]|元/, LOCAL],
  [/\b([A-Z]{3})\b/, ''],
];
let isoCodes: Set<string> | undefined;
const isCurrencyCode = (code: string) => {
  isoCodes ??= new Set(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : []);
  return isoCodes.size === 0 || isoCodes.has(code);
};
/** A run of digits with separators; a space only groups when three digits follow. */
const NUMBER = /[-−]?\d(?:[\d,.']|[ \u00a0\u202f](?=\d{3}(?:\D|$)))*/;

function findCurrency(text: string): string | undefined {
  for (const [re, code] of MARKERS) {
    const m = re.exec(text);
    if (m && code !== '') return code;
    if (m?.[1] !== undefined && isCurrencyCode(m[1])) return m[1];
  }
  return undefined;
}

// The text around an amount repeats ("¥ " on every row of a list), and each miss tries a dozen patterns.
const currencies = new Map<string, string | undefined>();

/** The currency a text or a label's unit names, "local" for ¥/元, or undefined. */
export function currencyIn(text: string): string | undefined {
  if (currencies.has(text)) return currencies.get(text);
  const found = findCurrency(text);
  if (currencies.size >= 1000) currencies.clear();
  currencies.set(text, found);
  return found;
}

/**
 * Splits "1.234,50" / "1,234.50" / "3 500" into integer and fraction digits: with two kinds of separator the
 * last one is the decimal point; a single separator followed by exactly three digits groups thousands.
 */
function splitNumber(raw: string, digits: number): { int: string; frac: string } | null {
  const r = raw.replace(/['\s\u00a0\u202f]/g, '');
  const seps = r.replace(/\d/g, '');
  const last = seps.at(-1);
  if (last === undefined) return { int: r, frac: '' };
  const at = r.lastIndexOf(last);
  const tail = r.slice(at + 1);
  const once = seps.indexOf(last) === seps.length - 1;
  const decimal = new Set(seps).size > 1 || (once && (tail.length !== 3 || digits === 3));
  if (decimal && !once) return null;
  const int = decimal ? r.slice(0, at) : r;
  if (
    int
      .split(/[.,]/)
      .slice(1)
      .some((group) => group.length !== 3)
  )
    return null;
  return { int: int.replace(/\D/g, ''), frac: decimal ? tail : '' };
}

/**
 * Reads an amount into integer minor units and a currency: "¥1,288.00", "1288.5元", "CNY 56.80",
 * "RMB 3,500.00", "$12.00", "1.234,50 €", and bare "3,500.00" under a "金额(元)" label (its unit).
 * ¥/元 and bare numbers mean localCurrency.
 */
export function parseAmount(text: string, localCurrency: string, labelUnit?: string): ParsedAmount {
  const t = ascii(text).trim();
  const num = NUMBER.exec(t);
  if (!num) return { ok: false, reason: 'no amount' };
  const named = currencyIn(
    t.slice(0, num.index) + ' ' + t.slice(num.index + num[0].length, num.index + num[0].length + 8),
  );
  const fromUnit = labelUnit === undefined ? undefined : currencyIn(labelUnit);
  const marker = named ?? fromUnit;
  const currency = marker === undefined || marker === LOCAL ? localCurrency : marker;
  const raw = num[0].replace(/^[-−]/, '').replace(/[,.']+$/, '');
  if (num[0] !== raw || /[-−]\D{0,5}$/.test(t.slice(0, num.index))) return { ok: false, reason: 'negative amount' };
  const digits = minorDigits(currency);
  const parts = splitNumber(raw, digits);
  if (!parts || parts.frac.length > digits) return { ok: false, reason: `not an amount in ${currency}` };
  const minor = Number(parts.int + parts.frac.padEnd(digits, '0'));
  if (!Number.isSafeInteger(minor)) return { ok: false, reason: 'amount too large' };
  return { ok: true, minor, currency, explicit: marker !== undefined };
}
