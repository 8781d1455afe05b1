import { browser } from 'wxt/browser';
import { purgeExpiredEvidence, type PurgeSummary } from '../db';
import { loadRetention } from '../settings/retention';
import { syncReminders } from './next-reminder';

/** The daily alarm that purges evidence files past the retention period. */
export const RETENTION_ALARM = 'retention:purge';

/**
 * Re-derives every reminder and arms the one rolling alarm (see next-reminder.ts); returns how many follow-ups
 * are still to come. Calls made together with syncDeadlineAlarms share one run.
 */
export async function syncFollowupAlarms(now?: number): Promise<number> {
  return (await syncReminders(now)).followups;
}

/** Creates the daily retention alarm unless it is already there (alarms outlive the service worker). */
export async function syncRetentionAlarm(): Promise<void> {
  if (await browser.alarms.get(RETENTION_ALARM)) return;
  await browser.alarms.create(RETENTION_ALARM, { delayInMinutes: 1, periodInMinutes: 24 * 60 });
}

/** Purges the evidence files of cases closed longer than the retention setting when the daily alarm fires. */
export async function runRetentionPurge(name: string, now = new Date()): Promise<PurgeSummary | null> {
  if (name !== RETENTION_ALARM) return null;
  const { retentionDays } = await loadRetention();
  const purged = await purgeExpiredEvidence(now, retentionDays);
  return purged.ok ? purged.value : null;
}

/**
 * The case log's alarm listener: the daily retention purge. Follow-ups come with the rolling reminder alarm,
 * which remindDeadline handles, so that it runs once.
 */
export async function handleCaseLogAlarm(name: string): Promise<void> {
  if (name === RETENTION_ALARM) await runRetentionPurge(name);
}
