import type { ZoneRules } from '../schema/messages';
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

const offsetMs = (offset: string) => {
  const m = /^([+-])(\d\d):(\d\d)$/.exec(offset);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) * 60_000 : 0;
};

/** Hours either side of a wall-clock time in which an offset change can make it skipped or repeated. */
const REACH = 26 * 3_600_000;

/**
 * Wall-clock time → ISO instant with offset, in one zone, from the zone's offsets the panel derived through
 * Temporal (lib/capture/zone-rules.ts). A time in a DST gap moves forward and a repeated time takes the
 * earlier instant, as Temporal's 'compatible' disambiguation does.
 */
export class ZoneClock {
  constructor(
    readonly zone: string,
    private readonly rules: ZoneRules,
  ) {}

  private offsetAt(instant: number): string {
    const changes = this.rules.changes;
    let lo = 0;
    let hi = changes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (changes[mid]!.at <= instant) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? this.rules.initial : changes[lo - 1]!.offset;
  }

  toInstant(date: WallDate, time: WallTime): string {
    const local = Date.UTC(date.y, date.mo - 1, date.d, time.h, time.mi, time.s);
    const before = this.offsetAt(local - REACH);
    const after = this.offsetAt(local + REACH);
    const fits = [before, after].filter((o) => this.offsetAt(local - offsetMs(o)) === o);
    // Of two fitting offsets (a repeated hour), the larger gives the earlier instant.
    if (fits.length > 0) return wall(date, time) + fits.reduce((a, b) => (offsetMs(b) > offsetMs(a) ? b : a));
    // Skipped by a change: read with the offset before it, shown with the offset after.
    const instant = local - offsetMs(before);
    const offset = this.offsetAt(instant);
    const shown = new Date(instant + offsetMs(offset));
    const day = { y: shown.getUTCFullYear(), mo: shown.getUTCMonth() + 1, d: shown.getUTCDate() };
    return (
      wall(day, { h: shown.getUTCHours(), mi: shown.getUTCMinutes(), s: shown.getUTCSeconds(), frac: time.frac }) +
      offset
    );
  }
}

/** Asia/Shanghai's offsets since 1990, for "北京时间" on any portal (a unit test checks them against Temporal). */
export const BEIJING_RULES: ZoneRules = {
  initial: '+08:00',
  changes: [
    { at: Date.UTC(1990, 3, 14, 18), offset: '+09:00' },
    { at: Date.UTC(1990, 8, 15, 17), offset: '+08:00' },
    { at: Date.UTC(1991, 3, 13, 18), offset: '+09:00' },
    { at: Date.UTC(1991, 8, 14, 17), offset: '+08:00' },
  ],
};
const beijing = new ZoneClock('Asia/Shanghai', BEIJING_RULES);

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
