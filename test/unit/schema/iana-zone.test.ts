import { describe, expect, it } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import { isIanaZone, isPortalZone } from '../../../lib/schema/iana-zone';

const temporalKnows = (zone: string) => {
  try {
    Temporal.Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(zone);
    return true;
  } catch {
    // Refused: Temporal does not know the zone, which is what the test asks.
    return false;
  }
};

const NAMES = [
  'Asia/Shanghai',
  'Asia/Hong_Kong',
  'America/New_York',
  'Europe/London',
  'Asia/Calcutta',
  'Etc/GMT+8',
  'UTC',
  'asia/shanghai',
  'Asia/Atlantis',
  'Mars/Olympus',
  'Shanghai',
  '',
];

describe('isIanaZone', () => {
  it.each(NAMES)('agrees with Temporal about %j', (zone) => {
    expect(isIanaZone(zone)).toBe(/^[A-Za-z]/.test(zone) && temporalKnows(zone));
  });

  it.each(['+08:00', '-05:00', 'Z', '08:00'])('takes no offset for a zone: %s', (zone) => {
    expect(isIanaZone(zone)).toBe(false);
  });
});

describe('isPortalZone', () => {
  it.each<[string, boolean]>([
    ['Asia/Shanghai', true],
    ['+08:00', true],
    ['-14:30', true],
    ['+15:00', false],
    ['Nowhere/City', false],
  ])('%s → %s', (zone, ok) => {
    expect(isPortalZone(zone)).toBe(ok);
  });
});
