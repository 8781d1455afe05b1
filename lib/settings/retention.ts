// zod/mini: the panel publishes the reminder schedule, which reads these settings, as soon as its list is read.
import * as z from 'zod/mini';
import { formatZodError } from '../errors';
import { defineVersionedItem, type Versions } from './versioned-item';

/** How long closed cases keep their evidence files, and when a case under review needs a follow-up. */
export const RetentionSettings = z.object({
  /** Days after a case is closed before its evidence files are purged (the metadata stays). */
  retentionDays: z._default(z.number().check(z.int(), z.minimum(1), z.maximum(3650)), 180),
  /** Hours a case may stay under review before the agent is reminded to follow up, and again every as many hours. */
  followupHours: z._default(z.number().check(z.minimum(0.5), z.maximum(720)), 4),
});
export type RetentionSettings = z.infer<typeof RetentionSettings>;

export const DEFAULT_RETENTION: RetentionSettings = RetentionSettings.parse({});

/** Version 1 is the only shape so far. */
export const RETENTION_VERSIONS: Versions = { version: 1, migrations: {} };

export const retentionItem = defineVersionedItem(
  'local:retention',
  z._default(RetentionSettings, DEFAULT_RETENTION),
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
