import { describe, expect, it } from 'vitest';
import { dueReminders } from '../../../lib/background/due-reminders';
import { buildReminderSchedule } from '../../../lib/reminders/build-schedule';
import { followupName, parseAlarmName } from '../../../lib/reminders/reminder-keys';
import type { CaseRecord } from '../../../lib/schema/case';
import { makeCaseRecord } from '../../builders/case';

const NOW = Date.parse('2026-11-25T06:00:00.000Z');
const M = 60_000;
const H = 60 * M;

/** What the worker would take from the schedule the panel publishes at `now` for these cases. */
const due = (cases: CaseRecord[], from: number, now: number, followupHours = 4, lang: 'en' | 'zh' = 'en') =>
  dueReminders(buildReminderSchedule(cases, followupHours, lang, now), from, now);

describe('deadline reminders', () => {
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
    const found = due([makeCaseRecord({ deadline, status, action: 'void' })], NOW + settledMinutes * M, NOW).filter(
      (r) => r.kind === 'deadline',
    );
    expect(found.map((r) => parseAlarmName(r.key)!.minutes)).toEqual(leads);
    for (const r of found) expect(r.at).toBe(Date.parse(deadline) - parseAlarmName(r.key)!.minutes * M);
  });

  it('ignores cases without a deadline', () => {
    expect(due([makeCaseRecord({ deadline: null })], NOW - 999 * M, NOW)).toEqual([]);
  });

  it.each([
    ['en', 'Deadline soon: order D-1', 'closes in 15 minutes.'],
    ['zh', '即将截止：订单 D-1', '还剩 15 分钟。'],
  ] as const)('says the same as before (%s)', (lang, title, ends) => {
    const c = makeCaseRecord({ orderNo: 'D-1', action: 'void', deadline: new Date(NOW + 60 * M).toISOString() });
    const [r] = due([c], NOW, NOW, 4, lang);
    expect(r!.title).toBe(title);
    expect(r!.message.endsWith(ends)).toBe(true);
    expect(r!.priority).toBe(2);
  });
});

describe('follow-up reminders', () => {
  const SINCE = '2026-11-25T06:00:00.000Z';
  const AT = (hours: number) => Date.parse(SINCE) + hours * H;
  const reviewed = (over: Partial<CaseRecord> = {}) =>
    makeCaseRecord({
      orderNo: 'F-1',
      status: 'under_review',
      statusSince: SINCE,
      submission: { channel: 'phone', requestId: 'REQ-77', at: SINCE },
      ...over,
    });

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
    const c = reviewed();
    const found = due([c], AT(settled), AT(hoursIn), hours);
    expect(found.map((r) => [r.key, r.at])).toEqual(
      expected.map(([round, at]) => [followupName({ caseId: c.id, since: SINCE, hours, round: round! }), AT(at!)]),
    );
  });

  it.each(['draft', 'submitted', 'approved', 'rejected', 'closed'] as const)('wants none for a %s case', (status) => {
    expect(due([reviewed({ status })], AT(0), AT(9))).toEqual([]);
  });

  it.each([0, -1, Number.NaN])('wants none for a setting of %s hours', (hours) => {
    expect(due([reviewed()], AT(0), AT(9), hours)).toEqual([]);
  });

  it('never wants a time at or before what was settled', () => {
    for (let minutes = 0; minutes < 24 * 60; minutes += 7) {
      const settled = AT(minutes / 60);
      for (const r of due([reviewed()], settled, settled + 3 * H)) expect(r.at).toBeGreaterThan(settled);
    }
  });

  it.each([
    ['en', 'Follow up: order F-1', 'Request REQ-77 has been under review for 8 h. Ask the acquirer for the result.'],
    ['zh', '请跟进：订单 F-1', '申请 REQ-77 审核已超过 8 小时，请向收单机构查询进度。'],
  ] as const)('says the same as before (%s)', (lang, title, message) => {
    const [r] = due([reviewed()], AT(3), AT(9), 4, lang);
    expect(r).toMatchObject({ title, message, priority: 1 });
  });
});
