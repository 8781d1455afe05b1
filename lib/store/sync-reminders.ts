import { publishReminderSchedule } from '../reminders/publish-schedule';

/**
 * Publishes the deadline and follow-up reminders derived from the case database for the worker to arm. Every
 * action that writes cases calls it once the write is done.
 */
export async function syncReminders(): Promise<void> {
  const synced = await publishReminderSchedule();
  if (!synced.ok) console.warn('CancelDesk: reminders not re-derived after a case write', synced.error);
}
