import { describe, expect, it } from 'vitest';
import type { CaseStore } from '../../../lib/db';
import { caseToJsonText } from '../../../lib/export/case-to-json';
import { casesToZip } from '../../../lib/export/cases-to-zip';
import type { CaseEvent } from '../../../lib/schema/event';
import { forgeCaseJson, forgeCaseZip } from '../export/forge-fixtures';
import { dumpCaseDb, makeCaseStore, makeRichCase } from '../../builders/case';

const dumpAll = async (store: CaseStore) => ({ ...(await dumpCaseDb(store)), ledger: await store.db.ledger.toArray() });

/** The note (event 3) says something else: what a forger would change, the chain sealed again after it. */
const rewriteNote = (events: CaseEvent[]) => {
  const note = events[3];
  if (note?.type === 'note_added') note.data.text = 'The customer withdrew the request.';
};

type Format = 'json' | 'zip';

/** The case exported as a file in that format (recording the export on it), and the same file forged. */
async function exportBoth(
  store: CaseStore,
  id: string,
  format: Format,
): Promise<{ real: Uint8Array | string; forged: Uint8Array | string }> {
  const prepared = await store.prepareExport([id], format);
  if (!prepared.ok || !prepared.value[0]) throw new Error('export failed');
  if (format === 'zip') {
    const zip = casesToZip(prepared.value);
    return { real: zip, forged: forgeCaseZip(zip, rewriteNote) };
  }
  const text = caseToJsonText(prepared.value[0]);
  return { real: text, forged: forgeCaseJson(text, rewriteNote) };
}

describe.each<Format>(['json', 'zip'])('a forged %s, sealed again throughout', (format) => {
  it('imports into a database that never had the case: nothing there can tell it from the real one', async () => {
    // The limit of the ledger, tested so that nobody reads more into it: it vouches only for what this database saw.
    const source = makeCaseStore();
    const { forged } = await exportBoth(source, await makeRichCase(source), format);
    expect(await makeCaseStore().importCases(forged, 'forged')).toMatchObject({ ok: true });
  });

  it('is refused by the database that has the case, and changes nothing', async () => {
    const store = makeCaseStore();
    const id = await makeRichCase(store);
    const { forged } = await exportBoth(store, id, format);
    const before = await dumpAll(store);
    const result = await store.importCases(forged, 'forged');
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(result.ok || result.error.message).toMatch(/has a different history here than in the file from event 4 on/);
    expect(await dumpAll(store)).toEqual(before);
  });

  it('is refused by the tombstone once the case is deleted, and changes nothing', async () => {
    const store = makeCaseStore();
    const id = await makeRichCase(store);
    const { forged } = await exportBoth(store, id, format);
    expect((await store.deleteCase(id)).ok).toBe(true);
    const before = await dumpAll(store);
    const result = await store.importCases(forged, 'forged');
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(result.ok || result.error.message).toMatch(
      /was deleted here on .* with 7 events, and the file holds a different history that does not lead to the ledger's event 7/,
    );
    expect(await dumpAll(store)).toEqual(before);
  });
});

describe('importing a deleted case again', () => {
  it('takes the real file, which continues the recorded head, and keeps the tombstone', async () => {
    // The decision: a deletion refuses any other history, not the case's own (an agent restoring a case deleted by mistake).
    const store = makeCaseStore();
    const id = await makeRichCase(store);
    const { real } = await exportBoth(store, id, 'zip');
    const before = await dumpCaseDb(store);
    await store.deleteCase(id);
    expect(await store.importCases(real, 'real.zip')).toEqual({
      ok: true,
      value: { added: [id], updated: [], unchanged: [] },
    });
    expect(await dumpCaseDb(store)).toEqual(before);
    expect(await store.verifyCase(id)).toEqual({ ok: true });
    const row = await store.db.ledger.get(id);
    expect(row).toMatchObject({ deletedAt: null, eventCount: 7, tombstones: [{ by: 'delete', eventCount: 7 }] });
    const report = await store.verifyLedger();
    expect(report.ok && report.value).toEqual({ cases: 1, deletions: [], findings: [] });
  });

  it('refuses an older real file, which would take the case back to a shorter history', async () => {
    const store = makeCaseStore();
    const id = await makeRichCase(store);
    const { real: older } = await exportBoth(store, id, 'json');
    await store.addNote(id, 'Written after the first export.');
    await store.deleteCase(id);
    const before = await dumpAll(store);
    const result = await store.importCases(older, 'older.json');
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(result.ok || result.error.message).toMatch(
      /was deleted here on .* with 8 events; the file holds only 7, so importing it would take the case back to an older history/,
    );
    expect(await dumpAll(store)).toEqual(before);
  });
});
