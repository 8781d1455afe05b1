import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { listCases } from '../db';
import { resolveLanguage } from '../i18n';
import { loadRetention } from '../settings/retention';
import { loadSettings } from '../settings/settings-storage';
import { deadlineReminders } from './deadline-reminders';
import { followupReminders } from './followup-reminders';
import { OPEN_STATUSES, type Reminder } from './reminder';

/**
 * The one alarm all reminders share. Chrome refuses more than 500 alarms, so one or two per case stopped
 * reminders without a word from about 250 open cases; this alarm only wakes the worker for the next one due.
 */
export const NEXT_REMINDER_ALARM = 'canceldesk-next-reminder';

/** Name prefixes of the per-case alarms of earlier versions. */
const LEGACY_PREFIXES = ['deadline:', 'followup:'];

/**
 * What has been dealt with, kept in storage because the worker may stop at any time: every reminder due up to
 * `settledUntil` was shown (or was already past when it entered the schedule), and `nextAt` is the earliest
 * reminder the schedule held then. A reminder found between the two is new, created already past (a case
 * captured one hour before its deadline gets no "closes in 120 minutes"), so it is skipped, as before.
 */
const ReminderState = z.object({ settledUntil: z.number(), nextAt: z.number().nullable() });
type ReminderState = z.infer<typeof ReminderState>;
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
  const parsed = ReminderState.safeParse(await stateItem.getValue());
  return parsed.success ? parsed.data : null;
}

let legacyCleared = false;

/** Clears the per-case alarms of earlier versions, once per worker start, so upgraded profiles keep none. */
async function clearLegacyAlarms(): Promise<void> {
  if (legacyCleared) return;
  const legacy = (await browser.alarms.getAll()).filter((a) => LEGACY_PREFIXES.some((p) => a.name.startsWith(p)));
  await Promise.all(legacy.map((a) => browser.alarms.clear(a.name)));
  legacyCleared = true;
}

/** Shows the reminders; one that fails to show must not hold back the others nor the next alarm. */
async function show(due: readonly Reminder[]): Promise<void> {
  if (!due.length) return;
  const settings = await loadSettings();
  const lang = resolveLanguage(settings.uiLanguage, navigator.language);
  const iconUrl = browser.runtime.getURL('/icon/128.png');
  await Promise.allSettled(
    due.map((r) => browser.notifications.create(r.key, { type: 'basic', iconUrl, ...r.text(lang) })),
  );
}

async function run(now: number): Promise<ReminderSync> {
  await clearLegacyAlarms();
  // The first run of this version has shown nothing yet and knows of nothing pending: it starts from now.
  const state = (await loadState()) ?? { settledUntil: now, nextAt: null };
  const from = state.settledUntil;
  const [cases, { followupHours }] = await Promise.all([listCases({ status: [...OPEN_STATUSES] }), loadRetention()]);
  const schedule = [...deadlineReminders(cases, from, now), ...followupReminders(cases, followupHours, from, now)];
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
 * Re-derives the schedule from the database, shows every reminder due by now that was not shown yet, and arms
 * the one alarm for the next. Runs one at a time, since start, panel changes and the alarm may overlap; calls
 * made while a run for "now" waits its turn share it (the panel asks for deadlines and follow-ups at once).
 */
export function syncReminders(now?: number): Promise<ReminderSync> {
  if (now === undefined && queued) return queued;
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
