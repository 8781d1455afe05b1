import type { DeadlineEntry, FollowupEntry, ScheduleEntry } from '../reminders/schedule-item';

const HOUR_MS = 3_600_000;

/** One reminder the worker may show: when it is due and what it says, in the agent's language. */
export interface Reminder {
  /** What it is about (case, deadline or review start, lead time or round); also the notification id. */
  key: string;
  kind: 'deadline' | 'followup';
  /** When it is due, in epoch milliseconds. */
  at: number;
  title: string;
  message: string;
  priority: number;
}

/**
 * A deadline reminder, if due after `from`. One whose time has come by `now` is kept only while it is still
 * true: "closes in 120 minutes" is wrong once the 15-minute one is due, and both are once the deadline has
 * passed (a browser closed across them must not show them late).
 */
function deadlineReminder(e: DeadlineEntry, from: number, now: number): Reminder[] {
  if (e.at <= from || (e.at <= now && now >= e.until)) return [];
  return [{ key: e.key, kind: 'deadline', at: e.at, title: e.title, message: e.message, priority: 2 }];
}

/**
 * A case's follow-ups: `hours` after it went under review, then every `hours` again. The latest round due by
 * `now` if it is after `from` (after a long sleep one reminder that says how long it really has been, not one
 * per missed round), and the next round after both.
 */
function followupReminders(e: FollowupEntry, from: number, now: number): Reminder[] {
  const period = e.hours * HOUR_MS;
  const round = (n: number): Reminder => ({
    key: `${e.key}${n}`,
    kind: 'followup',
    at: e.since + n * period,
    title: e.title,
    message: e.message.join(String(e.hours * n)),
    priority: 1,
  });
  const passed = Math.floor((now - e.since) / period);
  const out = passed >= 1 && e.since + passed * period > from ? [round(passed)] : [];
  out.push(round(Math.max(1, passed + 1, Math.floor((from - e.since) / period) + 1)));
  return out;
}

/**
 * The reminders of the schedule due after `from` (what was settled) that are still true at `now`, and the next
 * to come of each. Pure, for tests.
 */
export function dueReminders(schedule: readonly ScheduleEntry[], from: number, now: number): Reminder[] {
  return schedule.flatMap((e) =>
    e.kind === 'deadline' ? deadlineReminder(e, from, now) : followupReminders(e, from, now),
  );
}
