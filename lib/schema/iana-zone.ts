import { z } from 'zod';

const known = new Map<string, boolean>();

/**
 * True for an IANA zone name the browser's zone data knows; offsets like "+08:00" are not zones and would
 * ignore DST. Asked of Intl, whose data Temporal's polyfill reads too: checking a name does no zone math, and
 * keeps Temporal out of the panel's first load, where settings are validated.
 */
export function isIanaZone(zone: string): boolean {
  if (!/^[A-Za-z]/.test(zone)) return false;
  let ok = known.get(zone);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      ok = true;
    } catch {
      // Intl refuses a zone it does not know: that is the answer, not a failure.
      ok = false;
    }
    if (known.size < 1000) known.set(zone, ok);
  }
  return ok;
}

/** An IANA time zone name, such as Asia/Shanghai or America/New_York. */
export const IanaZone = z.string().max(64).refine(isIanaZone, 'not an IANA time zone');

/** True for a zone a portal's times can be read in: an IANA name, or a fixed offset such as +08:00. */
export function isPortalZone(zone: string): boolean {
  return isIanaZone(zone) || /^[+-](?:0\d|1[0-4]):[0-5]\d$/.test(zone);
}

/** The zone a portal shows its times in; rule sets need IANA names (DST), portals may only state an offset. */
export const PortalZone = z
  .string()
  .max(64)
  .refine(isPortalZone, 'not a time zone (an IANA name or an offset like +08:00)');
