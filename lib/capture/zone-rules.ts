import { logOnce } from '../errors';
import type { ZoneRules } from '../schema/messages';

/** Payment times are read between these years (lib/extract/parse-time.ts); the rules cover them. */
const FROM = Date.UTC(1990, 0, 1);
const UNTIL = Date.UTC(2101, 0, 1);

const cache = new Map<string, ZoneRules | null>();

/**
 * Whether a time zone identifier is known, as Intl.DateTimeFormat would say. For IANA names the ZonedDateTime
 * constructor answers the same; whether an offset ("+08:00") is a zone differs between engines' Intl, so Intl
 * is asked about anything else.
 */
export function isTimeZone(zone: string): boolean {
  try {
    if (/^[A-Za-z]/.test(zone)) new Temporal.ZonedDateTime(0n, zone);
    else new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    // Both throw a RangeError for an unknown zone: that is the answer asked for.
    return false;
  }
}

/**
 * A zone's UTC offsets from 1990 to 2100 as plain data, for the page: its offset at the start and every change
 * after, derived through Temporal here so the page reads offset-less times without carrying Temporal. Null for
 * a zone Temporal does not know.
 */
export function zoneRules(zone: string): ZoneRules | null {
  const known = cache.get(zone);
  if (known !== undefined) return known;
  let rules: ZoneRules | null = null;
  if (isTimeZone(zone)) {
    try {
      const start = Temporal.Instant.fromEpochMilliseconds(FROM).toZonedDateTimeISO(zone);
      let at = start;
      const changes: ZoneRules['changes'] = [];
      for (let next = at.getTimeZoneTransition('next'); next && next.epochMilliseconds < UNTIL;) {
        changes.push({ at: next.epochMilliseconds, offset: next.offset });
        at = next;
        next = at.getTimeZoneTransition('next');
      }
      rules = { initial: start.offset, changes };
    } catch (e) {
      logOnce(`offsets of time zone ${zone}`, e);
    }
  }
  cache.set(zone, rules);
  return rules;
}
