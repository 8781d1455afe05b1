import { describe, expect, it } from 'vitest';
import { alarmName, parseAlarmName, wantedAlarms } from '../../../lib/background/deadline-alarms';
import type { CaseRecord } from '../../../lib/schema/case';

const NOW = Date.parse('2026-11-25T06:00:00.000Z');
const makeCase = (over: Partial<CaseRecord>): CaseRecord => ({ id: 'c1', status: 'draft', deadline: null, ...over }) as CaseRecord;

describe('wantedAlarms', () => {
  it.each([
    ['3 h left: both reminders', '2026-11-25T09:00:00.000Z', 'draft', [120, 15]],
    ['1 h left: only the 15 min reminder', '2026-11-25T07:00:00.000Z', 'under_review', [15]],
    ['10 min left: none (both lead times passed)', '2026-11-25T06:10:00.000Z', 'submitted', []],
    ['past deadline: none', '2026-11-25T05:00:00.000Z', 'draft', []],
    ['closed case: none', '2026-11-25T09:00:00.000Z', 'closed', []],
    ['approved case: none', '2026-11-25T09:00:00.000Z', 'approved', []],
  ] as const)('%s', (_, deadline, status, minutes) => {
    const wanted = wantedAlarms([makeCase({ deadline, status })], NOW);
    expect([...wanted.keys()].map((n) => parseAlarmName(n)!.minutes)).toEqual(minutes);
    for (const [name, when] of wanted) expect(when).toBe(Date.parse(deadline) - parseAlarmName(name)!.minutes * 60_000);
  });

  it('ignores cases without a deadline', () => {
    expect(wantedAlarms([makeCase({ deadline: null })], NOW).size).toBe(0);
  });
});

describe('alarm names', () => {
  it.each([
    ['case-1', '2026-11-25T15:00:00.000Z', 120],
    ['0b8e-uuid', '2027-01-01T00:00:00.000Z', 15],
  ])('round-trip %s', (caseId, deadline, minutes) => {
    expect(parseAlarmName(alarmName(caseId, deadline, minutes))).toEqual({ caseId, deadline, minutes });
  });

  it.each(['followup:abc', 'deadline:', 'deadline:abc|'])('%j is not a deadline alarm', (name) => {
    expect(parseAlarmName(name)).toBeNull();
  });
});
