import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';

/** True for an IANA zone name Temporal knows; offsets like "+08:00" are not zones and would ignore DST. */
export function isIanaZone(zone: string): boolean {
  if (!/^[A-Za-z]/.test(zone)) return false;
  try {
    Temporal.Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(zone);
    return true;
  } catch {
    return false;
  }
}

/** An IANA time zone name, such as Asia/Shanghai or America/New_York. */
export const IanaZone = z.string().max(64).refine(isIanaZone, 'not an IANA time zone');
