import { storage, type StorageItemKey } from 'wxt/utils/storage';
import type * as z from 'zod/v4/core';
import { repair } from './repair';

/** Brings a value stored at version n - 1 up to version n. */
export type Migration = (old: unknown) => unknown;

/** A settings item's history: its current version and, for every version after the first, its migration. */
export interface Versions {
  version: number;
  migrations: Record<number, Migration>;
}

/** A settings item read and watched through its schema, repaired when the stored value is damaged. */
export interface VersionedItem<T> {
  load(): Promise<T>;
  store(value: T): Promise<void>;
  watch(callback: (value: T) => void): () => void;
  /** Runs the migrations again, as at start-up; for tests that store an older version by hand. */
  migrate(): Promise<void>;
}

/**
 * A WXT storage item with a version and one migration per version: WXT runs the missing ones when the item is
 * first used after an update, then every read goes through the schema. The schema must have a default.
 */
export function defineVersionedItem<S extends z.$ZodType>(
  key: StorageItemKey,
  schema: S,
  versions: Versions,
): VersionedItem<z.output<S>> {
  for (let v = 2; v <= versions.version; v++) {
    if (!Object.hasOwn(versions.migrations, v)) throw new Error(`${key}: version ${v} has no migration`);
  }
  const item = storage.defineItem<unknown>(key, {
    fallback: null,
    version: versions.version,
    migrations: versions.migrations,
  });
  return {
    load: async () => repair(schema, await item.getValue()),
    store: (value) => item.setValue(value),
    watch: (callback) => item.watch((raw) => callback(repair(schema, raw))),
    migrate: () => item.migrate(),
  };
}
