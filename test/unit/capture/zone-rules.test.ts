import { describe, expect, it } from 'vitest';
import { zoneRules } from '../../../lib/capture/zone-rules';
import { withZones } from '../../../lib/capture/with-zones';
import { BEIJING_RULES, ZoneClock } from '../../../lib/capture/parse-time';

/** What Temporal itself says, 'compatible' disambiguation, as the page's clock must. */
const temporal = (wall: string, zone: string) =>
  Temporal.PlainDateTime.from(wall)
    .toZonedDateTime(zone, { disambiguation: 'compatible' })
    .toString({ timeZoneName: 'never' });

describe('zoneRules: offsets the page reads times with', () => {
  it.each([
    ['America/New_York', '2026-03-08T02:30:00'],
    ['America/New_York', '2026-11-01T01:30:00'],
    ['America/New_York', '2026-07-01T12:00:00'],
    ['Europe/London', '2026-03-29T01:30:00'],
    ['Europe/London', '2026-10-25T01:30:00.25'],
    ['Australia/Lord_Howe', '2026-04-05T01:45:00'],
    ['Australia/Lord_Howe', '2026-10-04T02:15:00'],
    ['Asia/Shanghai', '1991-04-14T02:30:00'],
    ['Asia/Shanghai', '2026-11-25T14:03:22'],
    ['America/Sao_Paulo', '2018-11-04T00:30:00'],
    ['Pacific/Apia', '2011-12-30T12:00:00'],
  ])('%s %s reads as Temporal reads it', (zone, wall) => {
    const [date = '', time = ''] = wall.split('T');
    const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
    const [h, mi, sf = '0'] = time.split(':');
    const [s, frac = ''] = sf.split('.');
    const clock = new ZoneClock(zone, zoneRules(zone)!);
    expect(clock.toInstant({ y, mo, d }, { h: Number(h), mi: Number(mi), s: Number(s), frac })).toBe(
      temporal(wall, zone),
    );
  });

  it('knows no zone Temporal does not know', () => {
    expect(zoneRules('Mars/Olympus')).toBeNull();
  });

  it('keeps Beijing time as Temporal has it, for "北京时间" on any portal', () => {
    expect(BEIJING_RULES).toEqual(zoneRules('Asia/Shanghai'));
  });

  it.each([
    [{ zone: 'Europe/Berlin' }, ['Europe/Berlin', 'Asia/Shanghai']],
    [{ zone: 'Europe/Berlin', profile: { zone: 'America/New_York' } }, ['America/New_York', 'Asia/Shanghai']],
    [{ zone: 'Mars/Olympus' }, ['Asia/Shanghai']],
  ])('withZones(%j) sends the offsets of %j', (options, zones) => {
    expect(Object.keys(withZones(options).zones)).toEqual(zones);
  });
});
