import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, Settings } from '../schema/settings';

const item = storage.defineItem<unknown>('local:settings', { fallback: DEFAULT_SETTINGS });

/** Reads settings; a stored value that fails validation falls back to defaults field by field. */
export async function loadSettings(): Promise<Settings> {
  const raw = await item.getValue();
  const parsed = Settings.safeParse(raw);
  if (parsed.success) return parsed.data;
  const partial = typeof raw === 'object' && raw !== null ? raw : {};
  const merged = Settings.safeParse({
    ...DEFAULT_SETTINGS,
    ...Object.fromEntries(
      Object.entries(partial).filter(([k, v]) => Settings.shape[k as keyof Settings]?.safeParse(v).success),
    ),
  });
  return merged.success ? merged.data : DEFAULT_SETTINGS;
}

/** Validates and stores settings. */
export async function saveSettings(next: Settings): Promise<Settings> {
  const valid = Settings.parse(next);
  await item.setValue(valid);
  return valid;
}

/** Calls back whenever settings change in any extension page. */
export function watchSettings(callback: (s: Settings) => void): () => void {
  return item.watch((raw) => {
    const parsed = Settings.safeParse(raw);
    if (parsed.success) callback(parsed.data);
  });
}
