import * as z from 'zod/mini';

/** True for an IANA zone name Temporal knows; offsets like "+08:00" are not zones and would ignore DST. */
export function isIanaZone(zone: string): boolean {
  if (!/^[A-Za-z]/.test(zone)) return false;
  try {
    Temporal.Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(zone);
    return true;
  } catch {
    // Temporal refuses a zone it does not know: that is the answer, not a failure.
    return false;
  }
}

/** An IANA time zone name, such as Asia/Shanghai or America/New_York. */
export const IanaZone = z.string().check(z.maxLength(64), z.refine(isIanaZone, 'not an IANA time zone'));

/** True for a zone a portal's times can be read in: an IANA name, or a fixed offset such as +08:00. */
export function isPortalZone(zone: string): boolean {
  return isIanaZone(zone) || /^[+-](?:0\d|1[0-4]):[0-5]\d$/.test(zone);
}

/** The zone a portal shows its times in; rule sets need IANA names (DST), portals may only state an offset. */
export const PortalZone = z
  .string()
  .check(z.maxLength(64), z.refine(isPortalZone, 'not a time zone (an IANA name or an offset like +08:00)'));
