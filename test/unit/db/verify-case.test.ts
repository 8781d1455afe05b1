import { describe, expect, it } from 'vitest';
import type { CaseStore } from '../../../lib/db';
import { makeCaptureInput, makeCaseStore } from '../../builders/case';

/** A case with five events: captured, field_edited, note_added, evidence_added, status_changed. */
async function caseWithHistory(store: CaseStore) {
  const saved = await store.recordCapture(makeCaptureInput());
  if (!saved.ok) throw new Error(saved.error.message);
  const id = saved.value.id;
  await store.editCaseField(id, 'settled', true);
  await store.addNote(id, 'Customer asked to cancel by phone.');
  await store.addEvidence(id, {
    kind: 'receipt',
    name: 'slip.png',
    type: 'image/png',
    bytes: new Uint8Array([1, 2, 3]),
  });
  await store.setStatus(id, { to: 'submitted', channel: 'phone', requestId: 'REQ-77' });
  return id;
}

const eventsOf = async (store: CaseStore, id: string) =>
  store.db.events.where('[caseId+seq]').between([id, -Infinity], [id, Infinity]).toArray();

describe('verifyCase', () => {
  it('passes for an untouched case and chains every event to the previous one', async () => {
    const store = makeCaseStore();
    const id = await caseWithHistory(store);
    expect(await store.verifyCase(id)).toEqual({ ok: true });
    const events = await eventsOf(store, id);
    expect(events.map((e) => e.seq)).toEqual([0, 1, 2, 3, 4]);
    for (const [i, e] of events.entries()) if (i > 0) expect(e.prevHash).toBe(events[i - 1]?.hash);
    expect((await store.getCase(id))?.lastHeadHash).toBe(events.at(-1)?.hash);
  });

  it.each<[string, (store: CaseStore, id: string) => Promise<unknown>, number, string]>([
    [
      'an edited event',
      async (store, id) => {
        const e = (await eventsOf(store, id))[2];
        if (e?.type === 'note_added')
          await store.db.events.put({ ...e, data: { ...e.data, text: 'Nothing was said.' } });
      },
      2,
      'hash',
    ],
    [
      'a deleted middle event',
      async (store, id) => store.db.events.delete((await eventsOf(store, id))[1]?.id ?? ''),
      1,
      'sequence',
    ],
    // The ledger recorded five events: four left is a truncation, whatever the case record says.
    [
      'a deleted last event',
      async (store, id) => store.db.events.delete((await eventsOf(store, id))[4]?.id ?? ''),
      4,
      'truncated',
    ],
    [
      'a case record whose head was edited',
      async (store, id) => store.db.cases.update(id, { eventCount: 9 }),
      5,
      'head',
    ],
    [
      'two events swapped',
      async (store, id) => {
        const [, a, b] = await eventsOf(store, id);
        if (!a || !b) return;
        await store.db.events.bulkDelete([a.id, b.id]);
        await store.db.events.bulkAdd([
          { ...a, seq: b.seq },
          { ...b, seq: a.seq },
        ]);
      },
      1,
      'prev_hash',
    ],
    [
      'a case record edited behind the log',
      async (store, id) => store.db.cases.update(id, { status: 'approved' }),
      5,
      'state',
    ],
    [
      'note rows an upgrade kept because they disagreed with the events',
      async (store, id) => store.db.noteMismatches.add({ caseId: id, rows: [] }),
      5,
      'state',
    ],
    [
      'evidence bytes swapped',
      async (store, id) => {
        const [item] = await store.db.evidence.where('caseId').equals(id).toArray();
        await store.db.evidenceBlobs.put({ id: item?.id ?? '', bytes: new Uint8Array([9, 9, 9]) });
      },
      5,
      'evidence',
    ],
  ])('detects %s', async (_name, tamper, brokenAt, reason) => {
    const store = makeCaseStore();
    const id = await caseWithHistory(store);
    await tamper(store, id);
    expect(await store.verifyCase(id)).toEqual({ ok: false, brokenAt, reason });
  });

  it('reports a missing case', async () => {
    const store = makeCaseStore();
    expect(await store.verifyCase(crypto.randomUUID())).toMatchObject({ ok: false, reason: 'missing_case' });
  });
});
