import { describe, expect, it } from 'vitest';
import { followupName, followupReminders, parseFollowupName } from '../../../lib/background/followup-reminders';
import type { CaseRecord } from '../../../lib/schema/case';

const H = 3_600_000;
const SINCE = '2026-11-25T06:00:00.000Z';
const AT = (hours: number) => Date.parse(SINCE) + hours * H;
const makeCase = (over: Partial<CaseRecord>): CaseRecord =>
  ({
    id: 'c1',
    orderNo: 'F-1',
    status: 'under_review',
    statusSince: SINCE,
    submission: { channel: 'phone', requestId: 'REQ-77', at: SINCE },
    ...over,
  }) as CaseRecord;

describe('followupReminders', () => {
  it.each([
    // label, hours in (now), settled until (hours in), setting, expected [round, due at hours in]
    ['just went under review: the first after 4 h', 0, 0, 4, [[1, 4]]],
    ['1 h in', 1, 1, 4, [[1, 4]]],
    ['exactly 4 h in, settled then: the next at 8 h', 4, 4, 4, [[2, 8]]],
    [
      '5 h in, settled at 3 h: round 1 is due, round 2 to come',
      5,
      3,
      4,
      [
        [1, 4],
        [2, 8],
      ],
    ],
    [
      '25 h in, settled at 1 h: only the latest round is due, then the next',
      25,
      1,
      4,
      [
        [6, 24],
        [7, 28],
      ],
    ],
    ['25 h in with a 12 h setting', 25, 25, 12, [[3, 36]]],
    ['half-hour setting, 10 min in', 1 / 6, 1 / 6, 0.5, [[1, 0.5]]],
    ['the clock went back: nothing at or before what was settled', 1, 5, 4, [[2, 8]]],
  ])('%s', (_, hoursIn, settled, hours, expected) => {
    const found = followupReminders([makeCase({})], hours, AT(settled), AT(hoursIn));
    expect(found.map((r) => [r.key, r.at])).toEqual(
      expected.map(([round, at]) => [followupName({ caseId: 'c1', since: SINCE, hours, round: round! }), AT(at!)]),
    );
  });

  it.each(['draft', 'submitted', 'approved', 'rejected', 'closed'] as const)('wants none for a %s case', (status) => {
    expect(followupReminders([makeCase({ status })], 4, AT(0), AT(9))).toEqual([]);
  });

  it.each([0, -1, Number.NaN])('wants none for a setting of %s hours', (hours) => {
    expect(followupReminders([makeCase({})], hours, AT(0), AT(9))).toEqual([]);
  });

  it('never wants a time at or before what was settled', () => {
    for (let minutes = 0; minutes < 24 * 60; minutes += 7) {
      const settled = AT(minutes / 60);
      for (const r of followupReminders([makeCase({})], 4, settled, settled + 3 * H))
        expect(r.at).toBeGreaterThan(settled);
    }
  });

  it('says the same as before', () => {
    const [r] = followupReminders([makeCase({})], 4, AT(3), AT(9));
    expect(r!.text('en')).toEqual({
      title: 'Follow up: order F-1',
      message: 'Request REQ-77 has been under review for 8 h. Ask the acquirer for the result.',
      priority: 1,
    });
  });
});

describe('follow-up keys', () => {
  it.each([
    [{ caseId: '9f0c-uuid', since: SINCE, hours: 4, round: 1 }],
    [{ caseId: 'c', since: '2027-01-01T00:00:00.000Z', hours: 0.5, round: 12 }],
  ])('round-trip %j', (key) => {
    expect(parseFollowupName(followupName(key))).toEqual(key);
  });

  it.each([
    'deadline:c|x|15',
    'followup:',
    'followup:c|since|0|1',
    'followup:c|since|4|0',
    'followup:c|since|4|1.5',
    'retention:purge',
  ])('%j is not a follow-up', (name) => {
    expect(parseFollowupName(name)).toBeNull();
  });
});
