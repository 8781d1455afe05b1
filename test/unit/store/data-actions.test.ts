import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db, loadCaseBundle } from '../../../lib/db';
import { caseToJsonText } from '../../../lib/export';
import { dataActions } from '../../../lib/store/data-actions';
import { resetCaseDb, seedCase } from './store-harness';

const synced = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../lib/store/sync-reminders', () => ({
  syncReminders: async () => {
    synced.count += 1;
  },
}));

beforeEach(async () => {
  fakeBrowser.reset();
  await resetCaseDb();
  synced.count = 0;
});

/** A stored case as the bytes of its exported JSON, the database emptied after. */
async function exportedCase(): Promise<Uint8Array> {
  const bundle = await loadCaseBundle(await seedCase());
  if (!bundle.ok) throw new Error(bundle.error.message);
  await resetCaseDb();
  return new TextEncoder().encode(caseToJsonText(bundle.value));
}

describe('the options page writes cases through store actions that re-derive reminders', () => {
  it.each([
    { what: 'an import that adds a case', bytes: exportedCase, ok: true, cases: 1, syncs: 1 },
    {
      what: 'a file that is no case',
      bytes: async () => new TextEncoder().encode('{"x":'),
      ok: false,
      cases: 0,
      syncs: 0,
    },
  ])('$what', async ({ bytes, ok, cases, syncs }) => {
    const imported = await dataActions.importFile(await bytes(), 'case.json');
    expect(imported.ok).toBe(ok);
    expect(await db.cases.count()).toBe(cases);
    expect(synced.count).toBe(syncs);
  });

  it('a backup restored replaces the database and re-derives reminders', async () => {
    await seedCase();
    const backup = await dataActions.backup();
    if (!backup.ok) throw new Error(backup.error.message);
    await resetCaseDb();
    const restored = await dataActions.restore(backup.value);
    expect(restored).toMatchObject({ ok: true, value: { cases: 1 } });
    expect(await db.cases.count()).toBe(1);
    expect(synced.count).toBe(1);
  });

  it('a purge with nothing expired changes nothing and still answers', async () => {
    await seedCase();
    expect(await dataActions.purgeExpired()).toMatchObject({ ok: true, value: { files: 0, cases: 0 } });
  });

  it('saving retention re-derives reminders; an invalid value is refused and syncs nothing', async () => {
    expect(await dataActions.saveRetention({ retentionDays: 30, followupHours: 24 })).toMatchObject({ ok: true });
    expect(synced.count).toBe(1);
    expect(await dataActions.saveRetention({ retentionDays: -1, followupHours: 24 })).toMatchObject({ ok: false });
    expect(synced.count).toBe(1);
  });
});
