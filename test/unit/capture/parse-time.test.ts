import { describe, expect, it } from 'vitest';
import { isTimeZone } from '../../../lib/capture/zone-rules';
import { dateOrderEvidence, parseTime } from '../../../lib/capture/parse-time';
import { clockIn } from '../../builders/zone-clock';

const shanghai = clockIn('Asia/Shanghai');

describe('parseTime', () => {
  it.each([
    ['2026-11-25 14:03:22', '2026-11-25T14:03:22+08:00'],
    ['2026/11/25 14:03', '2026-11-25T14:03:00+08:00'],
    ['2026年11月20日 18:42', '2026-11-20T18:42:00+08:00'],
    ['2026年11月20日18时42分05秒', '2026-11-20T18:42:05+08:00'],
    ['24/11/2026 09:15:07', '2026-11-24T09:15:07+08:00'],
    ['2026-11-26T10:05:00+08:00', '2026-11-26T10:05:00+08:00'],
    ['2026-11-26T02:05:00Z', '2026-11-26T02:05:00+00:00'],
    ['2026-11-26 10:05:00 GMT+0530', '2026-11-26T10:05:00+05:30'],
    ['Nov 24, 2026 9:15 AM', '2026-11-24T09:15:00+08:00'],
    ['24 November 2026 9:15 PM', '2026-11-24T21:15:00+08:00'],
    ['2026-11-25 下午2:03', '2026-11-25T14:03:00+08:00'],
    ['２０２６－１１－２５　１４：０３', '2026-11-25T14:03:00+08:00'],
    ['2026-11-25 14:03:22.500', '2026-11-25T14:03:22.5+08:00'],
  ])('%s → %s', (text, instant) => {
    expect(parseTime(text, shanghai)).toEqual({ ok: true, kind: 'instant', instant });
  });

  it.each([
    ['Asia/Shanghai', '2026-07-01 12:00', '2026-07-01T12:00:00+08:00'],
    ['America/New_York', '2026-07-01 12:00', '2026-07-01T12:00:00-04:00'],
    ['America/New_York', '2026-12-01 12:00', '2026-12-01T12:00:00-05:00'],
    ['America/New_York', '2026-03-08 02:30', '2026-03-08T03:30:00-04:00'],
    ['America/New_York', '2026-11-01 01:30', '2026-11-01T01:30:00-04:00'],
    ['Europe/London', '2026-03-29 01:30', '2026-03-29T02:30:00+01:00'],
  ])('reads offset-less times in the portal zone %s: %s → %s (DST gaps resolve forward)', (zone, text, instant) => {
    expect(parseTime(text, clockIn(zone))).toEqual({ ok: true, kind: 'instant', instant });
  });

  it('never guesses an ambiguous day/month', () => {
    expect(parseTime('05/11/2026 10:00', shanghai)).toEqual({ ok: false, reason: 'ambiguous_date_order' });
  });

  it.each([
    ['dmy', '2026-11-05T10:00:00+08:00'],
    ['mdy', '2026-05-11T10:00:00+08:00'],
  ] as const)('lets the portal setting %s decide an ambiguous date', (order, instant) => {
    expect(parseTime('05/11/2026 10:00', shanghai, order)).toEqual({ ok: true, kind: 'instant', instant });
  });

  it('returns a lone date or time for combining', () => {
    expect(parseTime('2026-11-25', shanghai)).toEqual({ ok: true, kind: 'date', date: { y: 2026, mo: 11, d: 25 } });
    expect(parseTime('14:03:22', shanghai)).toEqual({
      ok: true,
      kind: 'time',
      time: { h: 14, mi: 3, s: 22, frac: '' },
    });
  });

  it.each(['2026-02-30 10:00', '2026-11-25 25:00', 'yesterday', '1800-01-01 10:00'])('refuses %s', (text) => {
    expect(parseTime(text, shanghai).ok).not.toBe(true);
  });

  it.each([
    ['24/11/2026', 'dmy'],
    ['11/24/2026', 'mdy'],
    ['05/11/2026', null],
    ['2026-11-05', null],
  ])('tells the date order from %s: %s', (text, order) => {
    expect(dateOrderEvidence(text)).toBe(order);
  });
});

describe('isTimeZone', () => {
  const intlKnows = (zone: string) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      // Intl throws a RangeError for a zone it does not know: that is the answer.
      return false;
    }
  };

  it.each([
    'Asia/Shanghai',
    'asia/shanghai',
    'Europe/London',
    'America/New_York',
    'Etc/GMT+8',
    'UTC',
    'utc',
    'Asia/Calcutta',
    'Mars/Olympus',
    '',
    ' UTC',
    'Asia/Shanghai[u-ca=iso8601]',
    '2026-01-01T00:00Z',
    '+08:00',
    '-0500',
    '+08:00:00',
  ])('agrees with Intl.DateTimeFormat on %j', (zone) => {
    expect(isTimeZone(zone)).toBe(intlKnows(zone));
  });
});
