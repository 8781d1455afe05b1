import { publishReminderSchedule } from '../reminders/publish-schedule';
import { logOnce } from '../errors';

/**
 * Publishes the deadline and follow-up reminders derived from the case database for the worker to arm. Every
 * action that writes cases calls it once the write is done.
 */
export async function syncReminders(): Promise<void> {
  const synced = await publishReminderSchedule();
  if (!synced.ok) logOnce('Reminders not re-derived after a case write', synced.error.detail ?? synced.error.code);
}
