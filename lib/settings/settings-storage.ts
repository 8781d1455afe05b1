import * as z from 'zod/mini';
import { DEFAULT_SETTINGS, Settings } from '../schema/settings';
import { defineVersionedItem, type Versions } from './versioned-item';

/**
 * Version 1 is the shape since the first release: later fields (rule sets by origin, the fill description) came
 * with defaults, which the repair supplies, so no stored value has needed a migration yet.
 */
export const SETTINGS_VERSIONS: Versions = { version: 1, migrations: {} };

export const settingsItem = defineVersionedItem(
  'local:settings',
  z._default(Settings, DEFAULT_SETTINGS),
  SETTINGS_VERSIONS,
);

/** Reads settings; a stored value that fails validation keeps its valid fields and takes defaults for the rest. */
export function loadSettings(): Promise<Settings> {
  return settingsItem.load();
}

/** Validates and stores settings. */
export async function saveSettings(next: Settings): Promise<Settings> {
  const valid = Settings.parse(next);
  await settingsItem.store(valid);
  return valid;
}

/** Calls back whenever settings change in any extension page. */
export function watchSettings(callback: (s: Settings) => void): () => void {
  return settingsItem.watch(callback);
}
