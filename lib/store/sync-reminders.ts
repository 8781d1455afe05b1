import { askBackgroundToSyncAlarms } from '../messaging';

/**
 * Has the background re-derive deadline and follow-up reminders from the case database. Every action that
 * writes cases calls it once the write is done; a worker that does not answer re-derives them when it starts.
 */
export async function syncReminders(): Promise<void> {
  const synced = await askBackgroundToSyncAlarms();
  if (!synced.ok) console.warn('CancelDesk: reminders not re-derived after a case write', synced.error);
}
