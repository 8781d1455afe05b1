import { translator } from '../i18n';
import { actionText } from '../rules';
import type { CaseRecord } from '../schema/case';
import { OPEN_STATUSES, type Reminder } from './reminder';

/** Reminders before each open case's deadline, in minutes, longest lead first. */
export const REMINDER_MINUTES = [120, 15] as const;
const PREFIX = 'deadline:';
const MINUTE_MS = 60_000;

/** A reminder's key (and notification id) carries the case, the deadline it was set for and the lead time. */
export function alarmName(caseId: string, deadline: string, minutes: number): string {
  return `${PREFIX}${caseId}|${deadline}|${minutes}`;
}

/** Reads a key back; null for anything that is not a deadline reminder (also used for alarms of old versions). */
export function parseAlarmName(name: string): { caseId: string; deadline: string; minutes: number } | null {
  if (!name.startsWith(PREFIX)) return null;
  const [caseId, deadline, minutes] = name.slice(PREFIX.length).split('|');
  return caseId && deadline && minutes ? { caseId, deadline, minutes: Number(minutes) } : null;
}

/**
 * The deadline reminders of open cases that are due after `from`. One whose time has come by `now` is kept only
 * while it is still true: "closes in 120 minutes" is wrong once the 15-minute one is due, and both are once the
 * deadline has passed (a browser closed across them must not show them late). Pure, for tests.
 */
export function deadlineReminders(cases: readonly CaseRecord[], from: number, now: number): Reminder[] {
  const out: Reminder[] = [];
  for (const c of cases) {
    const set = c.deadline;
    if (!set || !OPEN_STATUSES.includes(c.status)) continue;
    const deadline = Date.parse(set);
    if (Number.isNaN(deadline)) continue;
    REMINDER_MINUTES.forEach((minutes, i) => {
      const at = deadline - minutes * MINUTE_MS;
      const staleFrom = deadline - (REMINDER_MINUTES[i + 1] ?? 0) * MINUTE_MS;
      if (at <= from || (at <= now && now >= staleFrom)) return;
      out.push({
        key: alarmName(c.id, set, minutes),
        kind: 'deadline',
        at,
        text: (lang) => {
          const t = translator(lang);
          return {
            title: t('reminderTitle', { orderNo: c.orderNo }),
            message: t('reminderBody', { action: c.action ? actionText(c.action, lang) : '', minutes }),
            priority: 2,
          };
        },
      });
    });
  }
  return out;
}
