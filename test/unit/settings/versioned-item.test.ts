import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { z } from 'zod';
import { defineVersionedItem } from '../../../lib/settings/versioned-item';

beforeEach(() => fakeBrowser.reset());

/** A made-up item at version 3: v1 kept minutes, v2 renamed the field, v3 moved to hours. */
const Reminder = z.object({ hours: z.number().positive().default(4) }).default({ hours: 4 });
const migrations = {
  2: (old: unknown) => ({ afterMinutes: (old as { minutes: number }).minutes }),
  3: (old: unknown) => ({ hours: (old as { afterMinutes: number }).afterMinutes / 60 }),
};

describe('defineVersionedItem', () => {
  it.each([
    [1, { minutes: 120 }, { hours: 2 }],
    [2, { afterMinutes: 90 }, { hours: 1.5 }],
    [3, { hours: 6 }, { hours: 6 }],
    [3, { hours: -1 }, { hours: 4 }],
  ])('brings a value stored at version %s up to today', async (version, stored, reads) => {
    const item = defineVersionedItem('local:reminder', Reminder, { version: 3, migrations });
    await fakeBrowser.storage.local.set({ reminder: stored, ...(version > 1 ? { reminder$: { v: version } } : {}) });
    await item.migrate();
    expect(await item.load()).toEqual(reads);
    expect((await fakeBrowser.storage.local.get('reminder$')).reminder$).toEqual({ v: 3 });
  });

  it('refuses a version without its migration', () => {
    expect(() => defineVersionedItem('local:broken', Reminder, { version: 2, migrations: {} })).toThrow(
      'version 2 has no migration',
    );
  });
});
