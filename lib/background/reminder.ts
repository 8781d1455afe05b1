import type { Lang } from '../i18n';
import type { CaseRecord } from '../schema/case';

/** Statuses whose cases still get reminders; an approved, rejected or closed case needs no more. */
export const OPEN_STATUSES: readonly CaseRecord['status'][] = ['draft', 'submitted', 'under_review'];

/** One reminder of the schedule derived from the database: when it is due and what it says. */
export interface Reminder {
  /**
   * What the reminder is about (case, deadline or review start, lead time or round): a changed case yields a
   * new key, so a reminder is never confused with an older one. Also the notification id, as before.
   */
  key: string;
  kind: 'deadline' | 'followup';
  /** When it is due, in epoch milliseconds. */
  at: number;
  /** The notification's title, message and priority, in the agent's language. */
  text(lang: Lang): { title: string; message: string; priority: number };
}
