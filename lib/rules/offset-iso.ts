/**
 * ISO 8601 with the zone's numeric offset and no bracketed zone name (2026-11-25T23:00:00+08:00).
 * Built from epoch and offset because Temporal's toString costs more than the rest of an evaluation.
 */
export function toOffsetIso(zdt: Temporal.ZonedDateTime): string {
  if (zdt.epochNanoseconds % 1_000_000n !== 0n) return zdt.toString({ timeZoneName: 'never' });
  // Minute offsets keep the text valid ISO 8601 (local mean times before 1900 have seconds).
  const offsetMinutes = Math.round(zdt.offsetNanoseconds / 60e9);
  const local = new Date(zdt.epochMilliseconds + offsetMinutes * 60_000).toISOString();
  const wall = local.endsWith('.000Z') ? local.slice(0, -5) : local.slice(0, -1);
  const abs = Math.abs(offsetMinutes);
  const sign = offsetMinutes < 0 ? '-' : '+';
  return `${wall}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
