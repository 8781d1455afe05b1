import { minorDigits } from './currency';

/** Minor units as a decimal string ("128.00"; JPY has no decimals), by integer arithmetic, no float rounding. */
export function minorToDecimal(minor: number, currency: string | undefined): string {
  const digits = minorDigits(currency);
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

/**
 * A plain decimal the agent typed ("5,000.00", "5000", "5 000.5") as minor units; null when it is not a
 * non-negative amount with at most the currency's decimals, or too large to count exactly.
 */
export function decimalToMinor(text: string, currency: string | undefined): number | null {
  const digits = minorDigits(currency);
  const m = /^(\d+)(?:\.(\d*))?$/.exec(text.trim().replace(/[,\s]/g, ''));
  if (!m) return null;
  const fraction = m[2] ?? '';
  if (fraction.length > digits) return null;
  const minor = Number(m[1]) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  return Number.isSafeInteger(minor) ? minor : null;
}
