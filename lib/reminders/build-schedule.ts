import { translator, type Lang, actionText } from '../i18n';
import type { CaseRecord } from '../schema/case';
import { alarmName, followupPrefix } from './reminder-keys';
import type { DeadlineEntry, FollowupEntry, ScheduleEntry } from './schedule-item';

/** Statuses whose cases still get reminders; an approved, rejected or closed case needs no more. */
export const OPEN_STATUSES: readonly CaseRecord['status'][] = ['draft', 'submitted', 'under_review'];

/** Reminders before each open case's deadline, in minutes, longest lead first. */
const REMINDER_MINUTES = [120, 15] as const;
const MINUTE_MS = 60_000;
/** Stands for the hours under review while the message is rendered; the worker puts the number there. */
const HOURS_SLOT = '\u0000';

function deadlineEntries(c: CaseRecord, lang: Lang, now: number): DeadlineEntry[] {
  const set = c.deadline;
  if (!set || !OPEN_STATUSES.includes(c.status)) return [];
  const deadline = Date.parse(set);
  if (Number.isNaN(deadline)) return [];
  const t = translator(lang);
  const title = t('reminderTitle', { orderNo: c.orderNo });
  const action = c.action ? actionText(c.action, lang) : '';
  return REMINDER_MINUTES.flatMap((minutes, i) => {
    // Each is true until the next one is due, the last until the deadline itself.
    const until = deadline - (REMINDER_MINUTES[i + 1] ?? 0) * MINUTE_MS;
    if (until <= now) return [];
    const message = t('reminderBody', { action, minutes });
    return [
      {
        kind: 'deadline',
        key: alarmName(c.id, set, minutes),
        at: deadline - minutes * MINUTE_MS,
        until,
        title,
        message,
      },
    ];
  });
}

function followupEntry(c: CaseRecord, hours: number, lang: Lang): FollowupEntry | null {
  if (c.status !== 'under_review' || !(hours > 0)) return null;
  const since = Date.parse(c.statusSince);
  if (Number.isNaN(since)) return null;
  const t = translator(lang);
  const [before = '', after = ''] = t('log.followupBody', {
    hours: HOURS_SLOT,
    requestId: (c.submission?.requestId ?? '—').replaceAll(HOURS_SLOT, ''),
  }).split(HOURS_SLOT);
  return {
    kind: 'followup',
    key: followupPrefix({ caseId: c.id, since: c.statusSince, hours }),
    since,
    hours,
    title: t('log.followupTitle', { orderNo: c.orderNo }),
    message: [before, after],
  };
}

/**
 * The reminder schedule of the given cases, texts rendered in `lang`: each open case's deadline reminders that
 * are still true at `now`, and a follow-up for each case under review. Which of them the worker shows, and when,
 * is its own business (lib/background/due-reminders.ts). Pure, for tests.
 */
export function buildReminderSchedule(
  cases: readonly CaseRecord[],
  followupHours: number,
  lang: Lang,
  now: number,
): ScheduleEntry[] {
  return cases.flatMap((c) => {
    const followup = followupEntry(c, followupHours, lang);
    return [...deadlineEntries(c, lang, now), ...(followup ? [followup] : [])];
  });
}
