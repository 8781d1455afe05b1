import { describe, expect, it } from 'vitest';
import { alarmName, deadlineReminders, parseAlarmName } from '../../../lib/background/deadline-reminders';
import type { CaseRecord } from '../../../lib/schema/case';

const NOW = Date.parse('2026-11-25T06:00:00.000Z');
const M = 60_000;
const makeCase = (over: Partial<CaseRecord>): CaseRecord =>
  ({ id: 'c1', orderNo: 'D-1', status: 'draft', deadline: null, action: 'void', ...over }) as CaseRecord;

describe('deadlineReminders', () => {
  it.each([
    // label, deadline and settled-until in minutes from now, status, lead times expected (due or to come)
    ['3 h left: both to come', 180, 0, 'draft', [120, 15]],
    ['1 h left: only the 15 min one is to come', 60, 0, 'under_review', [15]],
    [
      '100 min left, settled 30 min ago: the 120 min one is due, the 15 min one to come',
      100,
      -30,
      'submitted',
      [120, 15],
    ],
    ['10 min left, settled 20 min ago: the 15 min one is due', 10, -20, 'submitted', [15]],
    ['10 min left, settled 3 h ago: only the 15 min one, "120 minutes" is no longer true', 10, -180, 'draft', [15]],
    ['10 min left, settled 2 min ago: none', 10, -2, 'draft', []],
    ['deadline passed, settled 5 h ago: none, the window has closed', -5, -300, 'draft', []],
    ['closed case: none', 180, 0, 'closed', []],
    ['approved case: none', 180, 0, 'approved', []],
    ['rejected case: none', 180, 0, 'rejected', []],
  ] as const)('%s', (_, inMinutes, settledMinutes, status, leads) => {
    const deadline = new Date(NOW + inMinutes * M).toISOString();
    const found = deadlineReminders([makeCase({ deadline, status })], NOW + settledMinutes * M, NOW);
    expect(found.map((r) => parseAlarmName(r.key)!.minutes)).toEqual(leads);
    for (const r of found) expect(r.at).toBe(Date.parse(deadline) - parseAlarmName(r.key)!.minutes * M);
  });

  it('ignores cases without a deadline', () => {
    expect(deadlineReminders([makeCase({ deadline: null })], NOW - 999 * M, NOW)).toEqual([]);
  });

  it.each([
    ['en', 'Deadline soon: order D-1', 'closes in 15 minutes.'],
    ['zh', '即将截止：订单 D-1', '还剩 15 分钟。'],
  ] as const)('says the same as before (%s)', (lang, title, ends) => {
    const [r] = deadlineReminders([makeCase({ deadline: new Date(NOW + 60 * M).toISOString() })], NOW, NOW);
    const text = r!.text(lang);
    expect(text.title).toBe(title);
    expect(text.message.endsWith(ends)).toBe(true);
    expect(text.priority).toBe(2);
  });
});

describe('deadline reminder keys', () => {
  it.each([
    ['case-1', '2026-11-25T15:00:00.000Z', 120],
    ['0b8e-uuid', '2027-01-01T00:00:00.000Z', 15],
  ])('round-trip %s', (caseId, deadline, minutes) => {
    expect(parseAlarmName(alarmName(caseId, deadline, minutes))).toEqual({ caseId, deadline, minutes });
  });

  it.each(['followup:abc', 'deadline:', 'deadline:abc|', 'canceldesk-next-reminder'])(
    '%j is not a deadline reminder',
    (name) => {
      expect(parseAlarmName(name)).toBeNull();
    },
  );
});
