import { Temporal } from 'temporal-polyfill';

/**
 * Removes control and format characters (bidi overrides, zero-width marks; newline and tab stay), so page
 * text cannot reorder or hide what a reader sees.
 */
export function cleanText(text: string): string {
  return text.replace(/[\p{Cc}\p{Cf}]/gu, (ch) => (ch === '\n' || ch === '\t' ? ch : ''));
}

/** One line of text: newlines and tabs become spaces. */
export function oneLine(text: string): string {
  return cleanText(text)
    .replace(/\s*[\r\n\t]+\s*/g, ' ')
    .trim();
}

/** "2026-11-24 10:15:33 +08:00" in the given zone (default UTC); the input as-is when it is not an instant. */
export function formatInstant(iso: string, zone = 'UTC'): string {
  try {
    const zdt = Temporal.Instant.from(iso).toZonedDateTimeISO(zone);
    return `${zdt.toPlainDate().toString()} ${zdt.toPlainTime().toString({ smallestUnit: 'second' })} ${zdt.offset}`;
  } catch {
    return iso;
  }
}

function currencyDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** Minor units as a decimal string ("128.00"; JPY has no decimals), by integer arithmetic, no float rounding. */
export function minorToDecimal(minor: number, currency = 'CNY'): string {
  const digits = currencyDigits(currency);
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(minor)).toString();
  if (digits === 0) return `${sign}${abs}`;
  const padded = abs.padStart(digits + 1, '0');
  return `${sign}${padded.slice(0, -digits)}.${padded.slice(-digits)}`;
}

/** Minor units with their currency: "CNY 128.00". */
export function formatMinor(minor: number, currency = 'CNY'): string {
  return `${currency} ${minorToDecimal(minor, currency)}`;
}
