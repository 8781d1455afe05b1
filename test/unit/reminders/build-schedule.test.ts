import { describe, expect, it } from 'vitest';
import { buildReminderSchedule } from '../../../lib/reminders/build-schedule';
import { alarmName, followupName } from '../../../lib/reminders/reminder-keys';
import { makeCaseRecord } from '../../builders/case';

const NOW = Date.parse('2026-11-25T06:00:00.000Z');
const M = 60_000;
const H = 60 * M;
const iso = (ms: number) => new Date(ms).toISOString();

describe('buildReminderSchedule', () => {
  it('writes each open deadline reminder with the time it is due and the time it stops being true', () => {
    const deadline = iso(NOW + 3 * H);
    const c = makeCaseRecord({ orderNo: 'D-1', action: 'void', deadline });
    expect(buildReminderSchedule([c], 4, 'en', NOW)).toEqual([
      {
        kind: 'deadline',
        key: alarmName(c.id, deadline, 120),
        at: NOW + H,
        until: NOW + 3 * H - 15 * M,
        title: 'Deadline soon: order D-1',
        message: 'Void window closes in 120 minutes.',
      },
      expect.objectContaining({ key: alarmName(c.id, deadline, 15), at: NOW + 3 * H - 15 * M, until: NOW + 3 * H }),
    ]);
  });

  it.each([
    ['the 120-minute one is no longer true', 10 * M, [15]],
    ['the deadline has passed', -M, []],
    ['the deadline is not a time', Number.NaN, []],
  ])('leaves out what is over: %s', (_, inMs, leads) => {
    const deadline = Number.isNaN(inMs) ? 'soon' : iso(NOW + inMs);
    const c = makeCaseRecord({ deadline, action: 'void' });
    expect(buildReminderSchedule([c], 4, 'en', NOW).map((e) => e.key)).toEqual(
      leads.map((m) => alarmName(c.id, deadline, m)),
    );
  });

  it('writes one follow-up per case under review, its message split around the hours only the worker knows', () => {
    const since = iso(NOW - H);
    const c = makeCaseRecord({
      status: 'under_review',
      statusSince: since,
      submission: { channel: 'phone', requestId: 'REQ-\u00007', at: since },
    });
    const [entry] = buildReminderSchedule([c], 4, 'en', NOW);
    expect(entry).toEqual({
      kind: 'followup',
      key: followupName({ caseId: c.id, since, hours: 4, round: 1 }).slice(0, -1),
      since: NOW - H,
      hours: 4,
      title: 'Follow up: order A1',
      message: ['Request REQ-7 has been under review for ', ' h. Ask the acquirer for the result.'],
    });
  });

  it('is plain JSON, as extension storage keeps it', () => {
    const cases = [
      makeCaseRecord({ deadline: iso(NOW + 3 * H), action: 'refund' }),
      makeCaseRecord({ id: 'r', status: 'under_review', statusSince: iso(NOW) }),
    ];
    const schedule = buildReminderSchedule(cases, 0.5, 'zh', NOW);
    expect(schedule).toHaveLength(3);
    expect(JSON.parse(JSON.stringify(schedule))).toEqual(schedule);
  });
});
