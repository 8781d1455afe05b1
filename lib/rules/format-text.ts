import { wallTime } from '../format/instant';
import { translator, type Lang } from '../i18n';

/** "2026-11-25 23:00 (Asia/Shanghai)": an instant as wall-clock time in the rule set's zone, seconds only when set. */
export function zonedTimeText(iso: string | number | undefined, zone: string | number | undefined, lang: Lang): string {
  const zoneId = String(zone ?? 'UTC');
  try {
    const wall = wallTime(String(iso), zoneId);
    const time = wall
      .toString({ smallestUnit: wall.second || wall.millisecond ? 'second' : 'minute' })
      .replace('T', ' ');
    return translator(lang)('inline.zonedTime', { time, zone: zoneId });
  } catch {
    // Not an instant or not a zone: the text as it came is all there is to show.
    return String(iso ?? '');
  }
}

const formatters = new Map<string, { format: Intl.NumberFormat; digits: number }>();

/** Minor units as money in the UI language: ¥5,000.00, $1,000.00; a plain two-decimal number without a currency. */
export function moneyText(
  minor: string | number | undefined,
  currency: string | number | undefined,
  lang: Lang,
): string {
  const amount = Number(minor ?? 0);
  const code = typeof currency === 'string' && /^[A-Z]{3}$/.test(currency) ? currency : '';
  const key = `${lang}:${code}`;
  let entry = formatters.get(key);
  if (!entry) {
    const locale = lang === 'zh' ? 'zh-CN' : 'en-US';
    const format = code
      ? new Intl.NumberFormat(locale, { style: 'currency', currency: code, currencyDisplay: 'narrowSymbol' })
      : new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    entry = { format, digits: format.resolvedOptions().maximumFractionDigits ?? 2 };
    formatters.set(key, entry);
  }
  return entry.format.format(amount / 10 ** entry.digits);
}
