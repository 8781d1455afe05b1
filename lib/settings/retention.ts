import { storage } from 'wxt/utils/storage';
import { z } from 'zod';

/** How long closed cases keep their evidence files, and when a case under review needs a follow-up. */
export const RetentionSettings = z.object({
  /** Days after a case is closed before its evidence files are purged (the metadata stays). */
  retentionDays: z.number().int().min(1).max(3650).default(180),
  /** Hours a case may stay under review before the agent is reminded to follow up, and again every as many hours. */
  followupHours: z.number().min(0.5).max(720).default(4),
});
export type RetentionSettings = z.infer<typeof RetentionSettings>;

export const DEFAULT_RETENTION: RetentionSettings = RetentionSettings.parse({});

const item = storage.defineItem<unknown>('local:retention', { fallback: DEFAULT_RETENTION });

/** Keeps each stored field that is still valid; a bad one falls back to its default alone. */
function repair(raw: unknown): RetentionSettings {
  const parsed = RetentionSettings.safeParse(raw);
  if (parsed.success) return parsed.data;
  const stored = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const keep = Object.fromEntries(
    Object.entries(RetentionSettings.shape).flatMap(([key, schema]) =>
      schema.safeParse(stored[key]).success && stored[key] !== undefined ? [[key, stored[key]]] : [],
    ),
  );
  return RetentionSettings.parse(keep);
}

/** Reads the retention and follow-up settings, repairing what fails validation. */
export async function loadRetention(): Promise<RetentionSettings> {
  return repair(await item.getValue());
}

/** Validates and stores the settings; an invalid value is refused with the schema's message. */
export async function saveRetention(
  next: RetentionSettings,
): Promise<{ ok: true; value: RetentionSettings } | { ok: false; error: string }> {
  const parsed = RetentionSettings.safeParse(next);
  if (!parsed.success)
    return { ok: false, error: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
  await item.setValue(parsed.data);
  return { ok: true, value: parsed.data };
}

/** Calls back whenever the settings change in any extension page. */
export function watchRetention(callback: (s: RetentionSettings) => void): () => void {
  return item.watch((raw) => callback(repair(raw)));
}
