import { z } from 'zod';
import { formatZodError } from '../errors';
import { defineVersionedItem, type Versions } from './versioned-item';

/** How long closed cases keep their evidence files, and when a case under review needs a follow-up. */
export const RetentionSettings = z.object({
  /** Days after a case is closed before its evidence files are purged (the metadata stays). */
  retentionDays: z.number().int().min(1).max(3650).default(180),
  /** Hours a case may stay under review before the agent is reminded to follow up, and again every as many hours. */
  followupHours: z.number().min(0.5).max(720).default(4),
});
export type RetentionSettings = z.infer<typeof RetentionSettings>;

export const DEFAULT_RETENTION: RetentionSettings = RetentionSettings.parse({});

/** Version 1 is the only shape so far. */
export const RETENTION_VERSIONS: Versions = { version: 1, migrations: {} };

export const retentionItem = defineVersionedItem(
  'local:retention',
  RetentionSettings.default(DEFAULT_RETENTION),
  RETENTION_VERSIONS,
);

/** Reads the retention and follow-up settings, repairing what fails validation. */
export function loadRetention(): Promise<RetentionSettings> {
  return retentionItem.load();
}

/** Validates and stores the settings; an invalid value is refused with the schema's message. */
export async function saveRetention(
  next: RetentionSettings,
): Promise<{ ok: true; value: RetentionSettings } | { ok: false; error: string }> {
  const parsed = RetentionSettings.safeParse(next);
  if (!parsed.success) return { ok: false, error: formatZodError(parsed.error) };
  await retentionItem.store(parsed.data);
  return { ok: true, value: parsed.data };
}

/** Calls back whenever the settings change in any extension page. */
export function watchRetention(callback: (s: RetentionSettings) => void): () => void {
  return retentionItem.watch(callback);
}
