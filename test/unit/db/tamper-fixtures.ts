import type { CaseStore } from '../../../lib/db';
import { replayCase } from '../../../lib/db/case-reducer';
import { sealEvent } from '../../../lib/db/event-chain';
import type { CaseEvent } from '../../../lib/schema/event';

/** A case's stored events, by seq. */
export const eventsOf = (store: CaseStore, id: string): Promise<CaseEvent[]> =>
  store.db.events.where('[caseId+seq]').between([id, -Infinity], [id, Infinity]).toArray();

/**
 * Replaces a case's stored history behind the store's back, with its case and evidence rows rebuilt
 * from the new events, so the case agrees with itself in every way: only the ledger can tell.
 */
export async function rewriteStored(store: CaseStore, id: string, events: readonly CaseEvent[]): Promise<void> {
  const replay = replayCase(events);
  if (!replay.ok) throw new Error(replay.message);
  const { db } = store;
  await db.transaction('rw', db.all, async () => {
    await db.events.where('[caseId+seq]').between([id, -Infinity], [id, Infinity]).delete();
    await db.events.bulkAdd([...events]);
    await db.cases.put(replay.value.record);
    await db.evidence.where('caseId').equals(id).delete();
    await db.evidence.bulkAdd(replay.value.evidence);
  });
}

/** Drops the case's events after the first `keep` and rewrites the rest of it to fit. */
export async function truncateStored(store: CaseStore, id: string, keep: number): Promise<void> {
  await rewriteStored(store, id, (await eventsOf(store, id)).slice(0, keep));
}

/** Appends a note event sealed onto the stored head, written straight into the tables. */
export async function appendBehindTheStore(store: CaseStore, id: string): Promise<void> {
  const events = await eventsOf(store, id);
  const last = events.at(-1);
  if (!last) throw new Error('no events');
  const head = { caseId: id, eventCount: events.length, lastHeadHash: last.hash };
  const extra = sealEvent(
    head,
    { type: 'note_added', data: { noteId: crypto.randomUUID(), text: 'Added later.' } },
    { agent: null, ruleSetId: null, ruleSetVersion: null },
    '2026-11-30T00:00:00.000Z',
    crypto.randomUUID(),
  );
  await rewriteStored(store, id, [...events, extra]);
}

/** Removes every row of a case straight from the tables, leaving the ledger as it is. */
export async function removeBehindTheStore(store: CaseStore, id: string): Promise<void> {
  const { db } = store;
  await db.transaction('rw', db.all, async () => {
    await db.events.where('[caseId+seq]').between([id, -Infinity], [id, Infinity]).delete();
    const evidence = await db.evidence.where('caseId').equals(id).primaryKeys();
    await db.evidence.bulkDelete(evidence);
    await db.evidenceBlobs.bulkDelete(evidence);
    await db.cases.delete(id);
    await db.caseSearch.delete(id);
  });
}
