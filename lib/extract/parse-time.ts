import { Temporal } from 'temporal-polyfill';
import { ascii } from '../format/text';

export type DateOrder = 'ymd' | 'dmy' | 'mdy';
/** A calendar date as shown, already checked to exist. */
export type WallDate = { y: number; mo: number; d: number };
/** A wall-clock time as shown; frac holds fractional-second digits. */
export type WallTime = { h: number; mi: number; s: number; frac: string };
export type ParsedTime =
  | { ok: true; kind: 'instant'; instant: string }
  | { ok: true; kind: 'date'; date: WallDate }
  | { ok: true; kind: 'time'; time: WallTime }
  | { ok: false; reason: 'ambiguous_date_order' | 'unparsable' };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MON = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const YMD = /(?<!\d)(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?!\d)/;
const NUMERIC_DMY = /(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)/;
const MON_D_Y = new RegExp(`\\b${MON}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const D_MON_Y = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MON},?\\s+(\\d{4})\\b`, 'i');
const TIME =
  /(?<![\d:])(上午|下午|晚上|凌晨|中午)?\s*(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?!\d)\s*(am|pm|a\.m\.|p\.m\.)?/i;
const OFFSET = /^\s*(?:(z)(?![a-z])|(?:gmt|utc)?\s*([+-])(\d{1,2})(?::?(\d{2}))?(?!\d)|(?:gmt|utc)(?![a-z]))/i;

/** Chinese date and time words as separators, so "2026年11月20日 18时42分" reads like "2026-11-20 18:42". */
function normalise(text: string): string {
  let t = /[^\x20-\x7e]/.test(text) ? ascii(text) : text;
  if (/[年月日时點点分秒]/.test(t)) {
    t = t
      .replace(/(\d)\s*[年月]\s*(\d)/g, '$1-$2')
      .replace(/(\d)\s*日/g, '$1 ')
      .replace(/(\d)\s*[时點点分]\s*(\d)/g, '$1:$2')
      .replace(/(\d)\s*[分秒]/g, '$1 ');
  }
  return t.replace(/(\d)T(\d)/, '$1 $2');
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const daysIn = (y: number, mo: number) => new Date(Date.UTC(y, mo, 0)).getUTCDate();

/** What a numeric day/month date says about the page's date order: dmy when day > 12, mdy when month > 12. */
export function dateOrderEvidence(text: string): DateOrder | null {
  const m = NUMERIC_DMY.exec(normalise(text));
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[2]);
  if (a > 12 && b <= 12) return 'dmy';
  if (b > 12 && a <= 12) return 'mdy';
  return null;
}

function readDate(
  t: string,
  order: DateOrder | undefined,
): { date: WallDate; end: number } | 'ambiguous' | 'invalid' | null {
  let y: number, mo: number, d: number;
  let m = YMD.exec(t);
  if (m) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = NUMERIC_DMY.exec(t))) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    y = Number(m[3]);
    const resolved = a > 12 ? 'dmy' : b > 12 ? 'mdy' : a === b ? 'dmy' : order === 'ymd' ? undefined : order;
    if (resolved === undefined) return 'ambiguous';
    [d, mo] = resolved === 'dmy' ? [a, b] : [b, a];
  } else if ((m = MON_D_Y.exec(t))) [y, mo, d] = [Number(m[3]), MONTHS.indexOf(m[1]!.toLowerCase()) + 1, Number(m[2])];
  else if ((m = D_MON_Y.exec(t))) [y, mo, d] = [Number(m[3]), MONTHS.indexOf(m[2]!.toLowerCase()) + 1, Number(m[1])];
  else return null;
  if (y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo)) return 'invalid';
  return { date: { y, mo, d }, end: m.index + m[0].length };
}

function readTime(t: string): { time: WallTime; end: number } | null {
  const m = TIME.exec(t);
  if (!m) return null;
  let h = Number(m[2]);
  const marker = (m[6] ?? '').toLowerCase().replace(/\./g, '');
  const zh = m[1];
  if (marker === 'pm' || zh === '下午' || zh === '晚上' || (zh === '中午' && h < 11)) h = h < 12 ? h + 12 : h;
  if ((marker === 'am' || zh === '凌晨' || zh === '上午') && h === 12) h = 0;
  const time = { h, mi: Number(m[3]), s: Number(m[4] ?? 0), frac: (m[5] ?? '').replace(/0+$/, '') };
  if (time.h > 23 || time.mi > 59 || time.s > 59) return null;
  return { time, end: m.index + m[0].length };
}

const wall = (d: WallDate, t: WallTime) =>
  `${pad(d.y, 4)}-${pad(d.mo)}-${pad(d.d)}T${pad(t.h)}:${pad(t.mi)}:${pad(t.s)}${t.frac ? `.${t.frac}` : ''}`;

/**
 * Wall-clock time → ISO instant with offset, in one zone. A month whose offset is the same at weekly samples
 * from its first to its last moment takes that offset, else a day whose offset is the same at its start and
 * end does: a few Temporal lookups per month instead of one per time. Transition days go through Temporal
 * with 'compatible' disambiguation (a time in a DST gap moves forward).
 */
export class ZoneClock {
  private readonly months = new Map<string, string | null>();
  private readonly days = new Map<string, string | null>();
  constructor(readonly zone: string) {}

  private offsetAt(y: number, mo: number, d: number, time: string): string {
    return Temporal.PlainDate.from({ year: y, month: mo, day: d }).toZonedDateTime({
      timeZone: this.zone,
      plainTime: time,
    }).offset;
  }

  private steady(key: string, cache: Map<string, string | null>, samples: () => string[]): string | null {
    let offset = cache.get(key);
    if (offset === undefined) {
      const seen = samples();
      offset = seen.every((o) => o === seen[0]) && /^[+-]\d\d:\d\d$/.test(seen[0] ?? '') ? (seen[0] ?? null) : null;
      cache.set(key, offset);
    }
    return offset;
  }

  toInstant(date: WallDate, time: WallTime): string {
    const { y, mo, d } = date;
    const last = daysIn(y, mo);
    const offset =
      this.steady(`${y}-${mo}`, this.months, () =>
        [1, 8, 15, 22, last].map((day) => this.offsetAt(y, mo, day, day === last ? '23:59:59' : '00:00')),
      ) ??
      this.steady(`${y}-${mo}-${d}`, this.days, () => [
        this.offsetAt(y, mo, d, '00:00'),
        this.offsetAt(y, mo, d, '23:59:59'),
      ]);
    if (offset !== null) return wall(date, time) + offset;
    return Temporal.PlainDateTime.from(wall(date, time))
      .toZonedDateTime(this.zone, { disambiguation: 'compatible' })
      .toString({ timeZoneName: 'never' });
  }
}

const beijing = new ZoneClock('Asia/Shanghai');

/**
 * Whether a time zone identifier is known, as Intl.DateTimeFormat would say. For IANA names the ZonedDateTime
 * constructor answers the same without loading Intl's locale data (some 20 ms on a cold page); whether an
 * offset ("+08:00") is a zone differs between engines' Intl, so Intl is asked about anything else.
 */
export function isTimeZone(zone: string): boolean {
  try {
    if (/^[A-Za-z]/.test(zone)) new Temporal.ZonedDateTime(0n, zone);
    else new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads a payment time: "2026-11-25 14:03:22", "2026/11/25 14:03", "2026年11月20日 18:42",
 * "24/11/2026 09:15:07", "2026-11-26T10:05:00+08:00", "Nov 24, 2026 9:15 AM". A shown offset is kept;
 * otherwise the time is read in the clock's zone. Day/month order comes from the date itself, else `order`,
 * else the result is 'ambiguous_date_order'. A lone date or time is returned as such for combining.
 */
export function parseTime(text: string, clock: ZoneClock, order?: DateOrder): ParsedTime {
  if (text.length > 120) return { ok: false, reason: 'unparsable' };
  const t = normalise(text);
  const date = readDate(t, order);
  if (date === 'ambiguous') return { ok: false, reason: 'ambiguous_date_order' };
  if (date === 'invalid') return { ok: false, reason: 'unparsable' };
  const rest = date === null ? t : t.slice(date.end);
  const time = readTime(rest);
  if (!time && /\d:\d/.test(rest)) return { ok: false, reason: 'unparsable' };
  if (date === null) return time ? { ok: true, kind: 'time', time: time.time } : { ok: false, reason: 'unparsable' };
  if (!time) return { ok: true, kind: 'date', date: date.date };
  const off = OFFSET.exec(t.slice(date.end + time.end));
  if (off) {
    const hh = Number(off[3] ?? 0);
    const mm = Number(off[4] ?? 0);
    if (hh > 14 || mm > 59) return { ok: false, reason: 'unparsable' };
    return { ok: true, kind: 'instant', instant: `${wall(date.date, time.time)}${off[2] ?? '+'}${pad(hh)}:${pad(mm)}` };
  }
  return { ok: true, kind: 'instant', instant: (/北京时间/.test(t) ? beijing : clock).toInstant(date.date, time.time) };
}
