import { describe, expect, it } from 'vitest';
import { alarmName, followupName, parseAlarmName, parseFollowupName } from '../../../lib/reminders/reminder-keys';

const SINCE = '2026-11-25T06:00:00.000Z';

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
