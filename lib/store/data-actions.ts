import {
  exportDatabase,
  importCases,
  importDatabase,
  purgeExpiredEvidence,
  removeStaleRestores,
  type DbResult,
  type ImportSummary,
  type PurgeSummary,
  type RestoreSummary,
} from '../db';
import { loadRetention, saveRetention } from '../settings/retention';
import { loadSettings } from '../settings/settings-storage';
import { actorOf } from './actor';
import { syncReminders } from './sync-reminders';
import { logOnce } from '../errors';

/**
 * The options page's case-data actions: backup, restore, import and purge. Each write re-derives the
 * reminders once it is done, as the panel's actions do.
 */
export const dataActions = {
  /** The whole database as a backup blob. */
  backup(): Promise<DbResult<Blob>> {
    return exportDatabase();
  },

  /** Replaces the database with a verified backup. */
  async restore(file: Blob): Promise<DbResult<RestoreSummary>> {
    const restored = await importDatabase(file);
    if (restored.ok) await syncReminders();
    return restored;
  },

  /** Imports one case JSON or ZIP, all or nothing. */
  async importFile(bytes: Uint8Array, fileName: string): Promise<DbResult<ImportSummary>> {
    const imported = await importCases(bytes, fileName);
    if (imported.ok) await syncReminders();
    return imported;
  },

  /** Saves retention and follow-up hours; the follow-up reminders are planned from them. */
  async saveRetention(retention: Parameters<typeof saveRetention>[0]): ReturnType<typeof saveRetention> {
    const saved = await saveRetention(retention);
    if (saved.ok) await syncReminders();
    return saved;
  },

  /** Purges the evidence bytes of cases closed longer than the retention period, as the named agent. */
  async purgeExpired(now = new Date()): Promise<DbResult<PurgeSummary>> {
    const [retention, settings] = await Promise.all([loadRetention(), loadSettings()]);
    const purged = await purgeExpiredEvidence(now, retention.retentionDays, actorOf(settings));
    if (purged.ok) await syncReminders();
    return purged;
  },

  /** Deletes the scratch databases a restore that died left behind; a failure is logged, never thrown. */
  async removeStaleRestores(): Promise<void> {
    await removeStaleRestores().catch((e: unknown) => logOnce('Could not remove stale restore databases', e));
  },
};
