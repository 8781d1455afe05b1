import { storage } from 'wxt/utils/storage';

/**
 * The reminder schedule, the one contract between the panel, which derives it from the case database, and the
 * service worker, which only arms alarms and shows notifications from it. Plain JSON, so the worker needs no
 * Dexie, zod, Temporal nor dictionaries; texts are already in the agent's language.
 */
export interface DeadlineEntry {
  kind: 'deadline';
  /** The notification id: the case, the deadline it was set for and the lead time. */
  key: string;
  /** When it is due, in epoch milliseconds. */
  at: number;
  /** From this instant it is no longer true ("closes in 120 minutes" once the 15-minute one is due). */
  until: number;
  title: string;
  message: string;
}

/** A follow-up of a case under review: `hours` after `since`, then every `hours` again, round after round. */
export interface FollowupEntry {
  kind: 'followup';
  /** The notification id without its round; the worker appends the round number. */
  key: string;
  /** When the case went under review, in epoch milliseconds. */
  since: number;
  hours: number;
  title: string;
  /** The message around the hours under review (hours × round), which only the worker knows. */
  message: [before: string, after: string];
}

export type ScheduleEntry = DeadlineEntry | FollowupEntry;

/** Version 1; a change of shape bumps it and adds a migration to the item. */
export const SCHEDULE_VERSION = 1;

/** Where the panel writes the schedule and the worker reads it (`storage.onChanged` wakes the worker). */
export const scheduleItem = storage.defineItem<ScheduleEntry[]>('local:reminderSchedule', {
  fallback: [],
  version: SCHEDULE_VERSION,
});
