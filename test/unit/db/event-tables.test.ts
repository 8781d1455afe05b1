import { describe, expect, it } from 'vitest';
import type { CaseStore } from '../../../lib/db';
import { caseSearchRow } from '../../../lib/db/case-search';
import { eventTables } from '../../../lib/db/event-tables';
import { eventTransaction, requireHead, writeEvent } from '../../../lib/db/write-event';
import { EventBody, type EventType } from '../../../lib/schema/event';
import { dumpCaseDb, makeCaseStore, makeClock, makeRichCase } from '../../builders/case';

/** Every row of every table, the ledger and search rows included: a refusal must leave all of it as it was. */
const dumpAll = async (store: CaseStore) => ({
  ...(await dumpCaseDb(store)),
  ledger: await store.db.ledger.toArray(),
  caseSearch: await store.db.caseSearch.toArray(),
});

const BASE = ['cases', 'events', 'ledger', 'caseSearch'];
const EVIDENCE = [...BASE, 'evidence', 'evidenceBlobs'];

describe('the tables an event writes', () => {
  const scopes: Record<EventType, string[]> = {
    captured: BASE,
    field_edited: BASE,
    verdict_computed: BASE,
    form_filled: BASE,
    form_fill_undone: BASE,
    evidence_added: EVIDENCE,
    evidence_removed: EVIDENCE,
    evidence_purged: EVIDENCE,
    // A note lives in its event: it has no table of its own.
    note_added: BASE,
    status_changed: BASE,
    exported: BASE,
  };

  it('has a scope for every event type: its case, chain, ledger and search rows, and its own side tables', () => {
    const store = makeCaseStore();
    const types = EventBody.options.map((o) => o.shape.type.value);
    expect(Object.fromEntries(types.map((t) => [t, eventTables(store.db, t).map((table) => table.name)]))).toEqual(
      scopes,
    );
  });

  it('fails a write outside its transaction loudly, and nothing of it is saved', async () => {
    const store = makeCaseStore();
    const id = await makeRichCase(store);
    const ctx = { db: store.db, now: makeClock('2026-11-30T00:00:00.000Z') };
    const [evidence] = await store.db.evidence.where('caseId').equals(id).toArray();
    if (!evidence) throw new Error('no evidence');
    const before = await dumpAll(store);
    // Evidence removed in a status change's transaction, which has no evidence tables.
    const written = eventTransaction(ctx, 'status_changed', async () =>
      writeEvent(ctx, await requireHead(ctx, id), id, {
        type: 'evidence_removed',
        data: { evidenceId: evidence.id },
      }),
    );
    // IndexedDB's own refusal to open a store the transaction does not hold.
    await expect(written).rejects.toMatchObject({ name: 'NotFoundError' });
    expect(await dumpAll(store)).toEqual(before);
  });

  it.each<[string, (store: CaseStore, id: string, evidenceId: string) => Promise<{ ok: boolean }>]>([
    ['a note', (s, id) => s.addNote(id, 'Written on a forged head.')],
    ['a field edit', (s, id) => s.editCaseField(id, 'amountMinor', 500)],
    ['a verdict', (s, id) => s.recordVerdict(id, { action: 'refund' }, null, 'refund')],
    ['a status change', (s, id) => s.setStatus(id, { to: 'under_review' })],
    [
      'new evidence',
      (s, id) => s.addEvidence(id, { kind: 'receipt', name: 'b.png', type: 'image/png', bytes: new Uint8Array([1]) }),
    ],
    ['removed evidence', (s, id, evidenceId) => s.removeEvidence(id, evidenceId)],
  ])('refuses %s on a case whose ledger row was changed behind the store, and changes nothing', async (_, write) => {
    const store = makeCaseStore();
    const id = await makeRichCase(store);
    const [evidence] = await store.db.evidence.where('caseId').equals(id).toArray();
    const row = await store.db.ledger.get(id);
    if (!row || !evidence) throw new Error('no ledger row or evidence');
    await store.db.ledger.put({ ...row, eventCount: row.eventCount - 1 });
    const before = await dumpAll(store);
    expect(await write(store, id, evidence.id)).toMatchObject({ ok: false, error: { code: 'tampered' } });
    expect(await dumpAll(store)).toEqual(before);
  });

  it('mends a stale search row on a note, since any event may find the search text changed', async () => {
    const store = makeCaseStore();
    const id = await makeRichCase(store);
    // As a case written when the search text was derived otherwise would stand.
    await store.db.cases.update(id, { search: 'stale' });
    await store.db.caseSearch.put(caseSearchRow({ id, search: 'stale' }));
    const saved = await store.addNote(id, 'The customer called back.');
    if (!saved.ok) throw new Error(saved.error.message);
    expect(saved.value.search).not.toBe('stale');
    expect(await store.db.caseSearch.get(id)).toEqual(caseSearchRow(saved.value));
  });
});
