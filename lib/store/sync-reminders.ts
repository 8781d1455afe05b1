import { logOnce } from '../errors';

/**
 * Publishes the deadline and follow-up reminders derived from the case database for the worker to arm. Every
 * action that writes cases calls it once the write is done. The schedule's code loads on the first call, which
 * comes after the case list has painted.
 */
export async function syncReminders(): Promise<void> {
  const { publishReminderSchedule } = await import('../reminders/publish-schedule');
  const synced = await publishReminderSchedule();
  if (!synced.ok) logOnce('Reminders not re-derived after a case write', synced.error.detail ?? synced.error.code);
}
