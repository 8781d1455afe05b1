import { minorDigits } from '../format/currency';
import type { Field } from './fill-types';

/** Which part of a date and time a field asks for. */
export type DatePart = 'date' | 'time' | 'datetime';

const hints = (field: Field) =>
  [
    field.el.getAttribute('placeholder'),
    field.el.getAttribute('data-format'),
    (field.el as HTMLInputElement).value,
    field.el.getAttribute('title'),
  ].filter((h): h is string => typeof h === 'string' && h.trim() !== '');

/** Decimals an amount field shows: "0.00" placeholders and existing values tell; number inputs use the currency's. */
function amountDecimals(field: Field, digits: number): number {
  if (field.inputType === 'number') return digits;
  for (const h of hints(field)) {
    const m = /^\s*[¥￥$€£]?\s*\d+(?:\.(\d+))?\s*$/.exec(h);
    if (m) return m[1]?.length ?? 0;
  }
  return digits;
}

/**
 * An amount in minor units as the field wants it: minor units when the label says so (分, cents), else major
 * units with the field's decimals ("0.00" → 2) and never rounded (a field asking for whole yuan still gets
 * the fen when there are some).
 */
export function formatAmount(minor: number, currency: string | undefined, field: Field, minorUnits: boolean): string {
  if (minorUnits) return String(minor);
  const digits = minorDigits(currency);
  const scale = 10 ** digits;
  const whole = Math.floor(minor / scale);
  const rest = minor % scale;
  const wanted = amountDecimals(field, digits);
  const decimals = wanted < digits && rest % 10 ** (digits - wanted) !== 0 ? digits : wanted;
  const frac = String(rest).padStart(digits, '0').padEnd(decimals, '0').slice(0, decimals);
  return decimals > 0 ? `${whole}.${frac}` : String(whole);
}

/** Reads an amount a field holds ("1,280.00", "¥128") as minor units; null when it is not a number. */
export function parseAmount(text: string, currency: string | undefined, minorUnits: boolean): number | null {
  const t = text.normalize('NFKC').replace(/[,\s¥$€£元]|CNY|RMB|USD|EUR|HKD/gi, '');
  if (!/^\d+(?:\.\d+)?$/.test(t)) return null;
  if (minorUnits) return t.includes('.') ? null : Number(t);
  const digits = minorDigits(currency);
  const [int = '0', frac = ''] = t.split('.');
  if (frac.slice(digits).replace(/0/g, '') !== '') return null;
  return Number(int) * 10 ** digits + Number(frac.slice(0, digits).padEnd(digits, '0') || '0');
}

const TOKEN_HINT =
  /(y{4})(\s*[-/.年]?\s*)(m{1,2})(\s*[-/.月]?\s*)(d{1,2})(日?)(?:(\s+|t)(h{1,2})(:)(m{2})(?:(:)(s{2}))?)?/i;
const EXAMPLE_HINT =
  /^(\d{4})([-/.年]?)(\d{1,2})([-/.月]?)(\d{1,2})(日?)(?:(\s+|T)(\d{1,2})(:)(\d{2})(?:(:)(\d{2}))?)?$/;
const TIME_TOKEN = /^(h{1,2}):(m{2})(?::(s{2}))?$/i;
const TIME_EXAMPLE = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

function templateFromHint(hint: string): string | null {
  const h = hint.trim();
  const date = TOKEN_HINT.exec(h) ?? EXAMPLE_HINT.exec(h);
  if (date) {
    const [, , s1 = '', m = '', s2 = '', d = '', day = '', join, hh, , , , ss] = date;
    const compactParts = s1 === '' && s2 === '' && (m.length === 1 || d.length === 1);
    if (compactParts) return null;
    let t = `YYYY${s1.trim()}${m.length === 1 ? 'M' : 'MM'}${s2.trim()}${d.length === 1 ? 'D' : 'DD'}${day}`;
    if (hh !== undefined)
      t += `${join?.includes('T') || join?.includes('t') ? 'T' : ' '}${hh.length === 1 ? 'H' : 'HH'}:mm${ss !== undefined ? ':ss' : ''}`;
    return t;
  }
  const time = TIME_TOKEN.exec(h) ?? TIME_EXAMPLE.exec(h);
  if (time) return `${(time[1]?.length ?? 2) === 1 ? 'H' : 'HH'}:mm${time[3] !== undefined ? ':ss' : ''}`;
  return null;
}

function templateFromPattern(pattern: string): string | null {
  const m = /\\d\{4\}(\\?[-/.]?)\\d\{1,2\}|\\d\{4\}(\\?[-/.]?)\\d\{2\}(\\?[-/.]?)\\d\{2\}/.exec(pattern);
  if (!m) return null;
  const s1 = (m[2] ?? m[1] ?? '').replace('\\', '');
  const s2 = (m[3] ?? s1).replace('\\', '');
  return /\\d\{2\}:\\d\{2\}:\\d\{2\}/.test(pattern)
    ? `YYYY${s1}MM${s2}DD HH:mm:ss`
    : /\\d\{2\}:\\d\{2\}/.test(pattern)
      ? `YYYY${s1}MM${s2}DD HH:mm`
      : `YYYY${s1}MM${s2}DD`;
}

const withSeconds = (el: Element) => {
  const step = Number(el.getAttribute('step'));
  return Number.isFinite(step) && step > 0 && step % 60 !== 0;
};

/** The part a field's label asks for: "交易日期" a date, "交易时间" a time or a date and time. */
export function labelPart(label: string): DatePart | 'time-or-datetime' {
  const date = /日期|date|day/i.test(label);
  const time = /时间|time|时刻|hour/i.test(label);
  if (date && !time) return 'date';
  if (time && !date) return 'time-or-datetime';
  return 'datetime';
}

/**
 * How a field writes a date and time: from its input type (date → YYYY-MM-DD, datetime-local →
 * YYYY-MM-DDTHH:mm), else from its placeholder, format attribute, pattern or current value ("2026/01/05",
 * "YYYY-MM-DD HH:mm:ss", "HH:mm"), else from what its label asks for.
 */
export function dateTemplate(field: Field, part: DatePart | 'time-or-datetime'): string {
  const el = field.el;
  switch (field.inputType) {
    case 'date':
      return 'YYYY-MM-DD';
    case 'datetime-local':
      return withSeconds(el) ? 'YYYY-MM-DDTHH:mm:ss' : 'YYYY-MM-DDTHH:mm';
    case 'time':
      return withSeconds(el) ? 'HH:mm:ss' : 'HH:mm';
    case 'month':
      return 'YYYY-MM';
  }
  for (const h of hints(field)) {
    const t = templateFromHint(h);
    if (t) return t;
  }
  const pattern = el.getAttribute('pattern');
  const fromPattern = pattern ? templateFromPattern(pattern) : null;
  if (fromPattern) return fromPattern;
  if (part === 'date') return 'YYYY-MM-DD';
  if (part === 'time') return 'HH:mm:ss';
  return 'YYYY-MM-DD HH:mm:ss';
}

/** Which part a template writes. */
export function templatePart(template: string): DatePart {
  const date = template.includes('YYYY');
  const time = template.includes('mm');
  return date && time ? 'datetime' : date ? 'date' : 'time';
}

/**
 * A wall-clock time ("2026-11-25T14:03:27", on the portal's clock as the panel worked it out) written in a
 * template's tokens (YYYY MM M DD D HH H mm ss).
 */
export function formatWallClock(wall: string, template: string): string {
  const [y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0] = (wall.match(/\d+/g) ?? []).map(Number);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const values: Record<string, string> = {
    YYYY: pad(y, 4),
    MM: pad(mo),
    M: String(mo),
    DD: pad(d),
    D: String(d),
    HH: pad(h),
    H: String(h),
    mm: pad(mi),
    ss: pad(s),
  };
  return template.replace(/YYYY|MM|M|DD|D|HH|H|mm|ss/g, (t) => values[t] ?? t);
}
