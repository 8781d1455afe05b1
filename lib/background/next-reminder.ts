import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { scheduleItem } from '../reminders/schedule-item';
import { dueReminders, type Reminder } from './due-reminders';
import { readSchedule } from './read-schedule';

/**
 * The one alarm all reminders share. Chrome refuses more than 500 alarms, so one or two per case stopped
 * reminders without a word from about 250 open cases; this alarm only wakes the worker for the next one due.
 */
export const NEXT_REMINDER_ALARM = 'canceldesk-next-reminder';

/** The per-case alarms and the daily purge alarm of earlier versions; the panel purges evidence now. */
const isLegacyAlarm = (name: string) =>
  name.startsWith('deadline:') || name.startsWith('followup:') || name === 'retention:purge';

/**
 * What has been dealt with, kept in storage because the worker may stop at any time: every reminder due up to
 * `settledUntil` was shown (or was already past when it entered the schedule), and `nextAt` is the earliest
 * reminder the schedule held then. A reminder found between the two is new, created already past (a case
 * captured one hour before its deadline gets no "closes in 120 minutes"), so it is skipped, as before.
 */
interface ReminderState {
  settledUntil: number;
  nextAt: number | null;
}
const stateItem = storage.defineItem<unknown>('local:reminderState', { fallback: null });

export interface ReminderSync {
  /** Reminders still to come, by kind. */
  deadlines: number;
  followups: number;
  /** Keys of the reminders this run showed. */
  shown: string[];
  /** When the alarm is armed for; null when nothing is to come. */
  next: number | null;
}

async function loadState(): Promise<ReminderState | null> {
  const raw = (await stateItem.getValue()) as Partial<ReminderState> | null;
  const finite = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
  if (!raw || !finite(raw.settledUntil) || !(raw.nextAt === null || finite(raw.nextAt))) return null;
  return { settledUntil: raw.settledUntil!, nextAt: raw.nextAt! };
}

let legacyCleared = false;

/** Clears the alarms of earlier versions, once per worker start, so upgraded profiles keep none. */
async function clearLegacyAlarms(): Promise<void> {
  if (legacyCleared) return;
  const legacy = (await browser.alarms.getAll()).filter((a) => isLegacyAlarm(a.name));
  await Promise.all(legacy.map((a) => browser.alarms.clear(a.name)));
  legacyCleared = true;
}

/** Shows the reminders; one that fails to show must not hold back the others nor the next alarm. */
async function show(due: readonly Reminder[]): Promise<void> {
  const iconUrl = browser.runtime.getURL('/icon/128.png');
  const shown = await Promise.allSettled(
    due.map(({ key, title, message, priority }) =>
      browser.notifications.create(key, { type: 'basic', iconUrl, title, message, priority }),
    ),
  );
  const failed = shown.filter((r) => r.status === 'rejected');
  if (failed.length) console.warn(`CancelDesk: ${failed.length} reminders could not be shown`, failed[0]!.reason);
}

async function run(now: number): Promise<ReminderSync> {
  await clearLegacyAlarms();
  // The first run of this version has shown nothing yet and knows of nothing pending: it starts from now.
  const state = (await loadState()) ?? { settledUntil: now, nextAt: null };
  const from = state.settledUntil;
  const schedule = dueReminders(readSchedule(await scheduleItem.getValue()), from, now);
  // Due: reached by now and already pending at the last run, i.e. at or after what was next then.
  const pendingFrom = state.nextAt ?? Infinity;
  const due = schedule
    .filter((r) => r.at <= now && r.at >= pendingFrom)
    .sort((a, b) => a.at - b.at || (a.key < b.key ? -1 : 1));
  const later = schedule.filter((r) => r.at > now);
  const next = later.reduce<number | null>((min, r) => (min === null || r.at < min ? r.at : min), null);
  // Shown before the state is saved: a worker stopped in between shows them again (under the same notification
  // ids, so they replace rather than stack) instead of losing them.
  await show(due);
  // Never moves back: a clock set back must not bring reminders already shown into the future again.
  await stateItem.setValue({ settledUntil: Math.max(from, now), nextAt: next } satisfies ReminderState);
  if (next === null) await browser.alarms.clear(NEXT_REMINDER_ALARM);
  else await browser.alarms.create(NEXT_REMINDER_ALARM, { when: next });
  return {
    deadlines: later.filter((r) => r.kind === 'deadline').length,
    followups: later.filter((r) => r.kind === 'followup').length,
    shown: due.map((r) => r.key),
    next,
  };
}

let tail: Promise<unknown> = Promise.resolve();
let queued: Promise<ReminderSync> | null = null;

/**
 * Reads the schedule the panel published, shows every reminder due by now that was not shown yet, and arms the
 * one alarm for the next. Runs one at a time, since start, a new schedule and the alarm may overlap; calls made
 * while a run for "now" waits its turn share it.
 */
export function syncReminders(now?: number): Promise<ReminderSync> {
  if (now === undefined && queued) return queued;
  // A failed run was already reported to its own caller; the next one must run regardless.
  const next: Promise<ReminderSync> = tail
    .catch(() => undefined)
    .then(() => {
      if (queued === next) queued = null;
      return run(now ?? Date.now());
    });
  if (now === undefined) queued = next;
  tail = next;
  return next;
}
