import { storage } from 'wxt/utils/storage';
import { purgeExpiredEvidence, type PurgeSummary } from '../db';
import { loadRetention } from '../settings/retention';

const DAY_MS = 86_400_000;

/** When the evidence purge last ran, in epoch milliseconds; shared by every panel and window. */
const lastPurgeItem = storage.defineItem<number>('local:lastEvidencePurge', { fallback: 0 });

/**
 * Purges the evidence files of cases closed longer than the retention setting, at most once a day: the panel
 * runs it when it opens. Returns what was purged, or null when it ran less than a day ago (or the clock went
 * back past its last run). A failed purge is not remembered, so the next opening tries again.
 */
export async function purgeEvidenceOnceADay(now = new Date()): Promise<PurgeSummary | null> {
  const last = await lastPurgeItem.getValue();
  const elapsed = now.getTime() - last;
  if (elapsed >= 0 && elapsed < DAY_MS) return null;
  const { retentionDays } = await loadRetention();
  const purged = await purgeExpiredEvidence(now, retentionDays);
  if (!purged.ok) {
    console.warn('CancelDesk: the daily evidence purge failed', purged.error.message);
    return null;
  }
  await lastPurgeItem.setValue(now.getTime());
  return purged.value;
}
