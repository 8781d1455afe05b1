import { describe, expect, it } from 'vitest';
import { windowDeadline } from '../../../lib/rules';
import type { RuleWindow } from '../../../lib/schema/rule-set';

type Timed = Exclude<RuleWindow, { kind: 'none' }>;
const SH = 'Asia/Shanghai';
const NY = 'America/New_York';
const cutoff = (at: string): Timed => ({ kind: 'cutoff', at });
const days = (n: number): Timed => ({ kind: 'days', n });
const months = (n: number): Timed => ({ kind: 'months', n });

const cases: { name: string; zone: string; paid: string; window: Timed; expected: string }[] = [
  {
    name: 'paid 22:59:59 Beijing -> 23:00 that day',
    zone: SH,
    paid: '2026-11-25T22:59:59+08:00',
    window: cutoff('23:00'),
    expected: '2026-11-25T23:00:00+08:00',
  },
  {
    name: 'paid 23:00:00 Beijing -> 23:00 next day',
    zone: SH,
    paid: '2026-11-25T23:00:00+08:00',
    window: cutoff('23:00'),
    expected: '2026-11-26T23:00:00+08:00',
  },
  {
    name: 'paid 23:30 Beijing -> 23:00 next day',
    zone: SH,
    paid: '2026-11-25T23:30:00+08:00',
    window: cutoff('23:00'),
    expected: '2026-11-26T23:00:00+08:00',
  },
  {
    name: 'paid 15:30 UTC is 23:30 Beijing, after the cut-off',
    zone: SH,
    paid: '2026-11-25T15:30:00Z',
    window: cutoff('23:00'),
    expected: '2026-11-26T23:00:00+08:00',
  },
  {
    name: 'paid 14:59:59 UTC is 22:59:59 Beijing, before the cut-off',
    zone: SH,
    paid: '2026-11-25T14:59:59Z',
    window: cutoff('23:00'),
    expected: '2026-11-25T23:00:00+08:00',
  },
  {
    name: 'paid 23:00:00.001 Beijing -> next day',
    zone: SH,
    paid: '2026-11-25T23:00:00.001+08:00',
    window: cutoff('23:00'),
    expected: '2026-11-26T23:00:00+08:00',
  },
  {
    name: 'cut-off across the new year',
    zone: SH,
    paid: '2026-12-31T23:30:00+08:00',
    window: cutoff('23:00'),
    expected: '2027-01-01T23:00:00+08:00',
  },
  {
    name: '00:00 is the midnight after payment (paid at midnight)',
    zone: SH,
    paid: '2026-11-25T00:00:00+08:00',
    window: cutoff('00:00'),
    expected: '2026-11-26T00:00:00+08:00',
  },
  {
    name: '00:00 is the midnight after payment (paid 23:59:59)',
    zone: SH,
    paid: '2026-11-25T23:59:59+08:00',
    window: cutoff('00:00'),
    expected: '2026-11-26T00:00:00+08:00',
  },
  {
    name: '31 Jan + 1 month -> 28 Feb',
    zone: SH,
    paid: '2026-01-31T10:00:00+08:00',
    window: months(1),
    expected: '2026-02-28T10:00:00+08:00',
  },
  {
    name: '31 Jan + 1 month -> 29 Feb in a leap year',
    zone: SH,
    paid: '2028-01-31T10:00:00+08:00',
    window: months(1),
    expected: '2028-02-29T10:00:00+08:00',
  },
  {
    name: '31 Mar + 11 months -> 28 Feb (non-leap)',
    zone: SH,
    paid: '2026-03-31T10:00:00+08:00',
    window: months(11),
    expected: '2027-02-28T10:00:00+08:00',
  },
  {
    name: '31 Mar + 11 months -> 29 Feb (leap)',
    zone: SH,
    paid: '2027-03-31T10:00:00+08:00',
    window: months(11),
    expected: '2028-02-29T10:00:00+08:00',
  },
  {
    name: '29 Feb + 12 months -> 28 Feb',
    zone: SH,
    paid: '2028-02-29T10:00:00+08:00',
    window: months(12),
    expected: '2029-02-28T10:00:00+08:00',
  },
  {
    name: '365 days across 29 Feb end a day short of a year',
    zone: SH,
    paid: '2028-02-01T10:00:00+08:00',
    window: days(365),
    expected: '2029-01-31T10:00:00+08:00',
  },
  {
    name: '365 days without a 29 Feb are a year',
    zone: SH,
    paid: '2027-02-01T10:00:00+08:00',
    window: days(365),
    expected: '2028-02-01T10:00:00+08:00',
  },
  {
    name: '30 days keep the seconds',
    zone: SH,
    paid: '2026-11-25T14:03:27+08:00',
    window: days(30),
    expected: '2026-12-25T14:03:27+08:00',
  },
  {
    name: 'New York: 7 days across spring forward keep wall time',
    zone: NY,
    paid: '2026-03-05T10:00:00-05:00',
    window: days(7),
    expected: '2026-03-12T10:00:00-04:00',
  },
  {
    name: 'New York: 7 days landing in the gap resolve forward',
    zone: NY,
    paid: '2026-03-01T02:30:00-05:00',
    window: days(7),
    expected: '2026-03-08T03:30:00-04:00',
  },
  {
    name: 'New York: 7 days across fall back keep wall time',
    zone: NY,
    paid: '2026-10-29T10:00:00-04:00',
    window: days(7),
    expected: '2026-11-05T10:00:00-05:00',
  },
  {
    name: 'New York: 6 months from winter into summer time',
    zone: NY,
    paid: '2026-01-15T10:00:00-05:00',
    window: months(6),
    expected: '2026-07-15T10:00:00-04:00',
  },
  {
    name: 'New York: cut-off in the gap resolves forward',
    zone: NY,
    paid: '2026-03-08T01:00:00-05:00',
    window: cutoff('02:30'),
    expected: '2026-03-08T03:30:00-04:00',
  },
  {
    name: 'New York: cut-off on a 23-hour day',
    zone: NY,
    paid: '2026-03-07T23:30:00-05:00',
    window: cutoff('23:00'),
    expected: '2026-03-08T23:00:00-04:00',
  },
  {
    name: 'New York: repeated cut-off, first occurrence',
    zone: NY,
    paid: '2026-11-01T01:00:00-04:00',
    window: cutoff('01:30'),
    expected: '2026-11-01T01:30:00-04:00',
  },
  {
    name: 'New York: repeated cut-off, second occurrence after payment',
    zone: NY,
    paid: '2026-11-01T01:45:00-04:00',
    window: cutoff('01:30'),
    expected: '2026-11-01T01:30:00-05:00',
  },
];

describe('windowDeadline', () => {
  it.each(cases)('$name', ({ zone, paid, window, expected }) => {
    const paidAt = Temporal.Instant.from(paid).toZonedDateTimeISO(zone);
    const deadline = windowDeadline(paidAt, window);
    expect(deadline.toString({ timeZoneName: 'never' })).toBe(expected);
    expect(deadline.timeZoneId).toBe(zone);
    expect(Temporal.ZonedDateTime.compare(deadline, paidAt)).toBe(1);
  });
});
