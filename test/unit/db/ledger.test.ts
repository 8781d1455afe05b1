import { describe, expect, it } from 'vitest';
import type { CaseStore, ChainCheck, LedgerFinding } from '../../../lib/db';
import { checkChain } from '../../../lib/db/event-chain';
import { reseal } from '../export/forge-fixtures';
import { dumpCaseDb, makeCaseStore, makeRichCase } from '../../builders/case';
import { appendBehindTheStore, eventsOf, removeBehindTheStore, rewriteStored, truncateStored } from './tamper-fixtures';

/** Every row of every table, the ledger included: a refusal must leave all of it as it was. */
const dumpAll = async (store: CaseStore) => ({ ...(await dumpCaseDb(store)), ledger: await store.db.ledger.toArray() });

const findingsOf = async (store: CaseStore) => {
  const report = await store.verifyLedger();
  if (!report.ok) throw new Error(report.error.message);
  return report.value;
};

describe('the ledger', () => {
  it('moves on with every write, in the same transaction: count, last hash and last time', async () => {
    const store = makeCaseStore();
    const id = await makeRichCase(store);
    await store.prepareExport([id, id], 'json');
    const events = await eventsOf(store, id);
    const last = events.at(-1);
    expect(await store.db.ledger.get(id)).toEqual({
      caseId: id,
      eventCount: 8,
      lastHash: last?.hash,
      lastEventAt: last?.at,
      deletedAt: null,
      tombstones: [],
    });
    expect(await findingsOf(store)).toEqual({ cases: 1, deletions: [], findings: [] });
  });

  it('catches a case cut short whose record was rewritten to match, which the case record alone cannot', async () => {
    const store = makeCaseStore();
    const id = await makeRichCase(store);
    await truncateStored(store, id, 4);
    // Why the ledger is needed: the chain still ends exactly where the rewritten case record says.
    const record = await store.getCase(id);
    expect(
      checkChain(await eventsOf(store, id), {
        caseId: id,
        eventCount: record?.eventCount ?? 0,
        lastHeadHash: record?.lastHeadHash ?? '',
      }),
    ).toEqual({ ok: true });
    expect(await store.verifyCase(id)).toEqual({ ok: false, brokenAt: 4, reason: 'truncated' });
    expect((await findingsOf(store)).findings).toEqual([
      { kind: 'truncated', caseId: id, orderNo: record?.orderNo, recorded: 6, found: 4 },
    ]);
  });

  it('refuses to write on a case that no longer matches its ledger row, and changes nothing', async () => {
    // Writing would seal event 4 onto the cut history and move the ledger back from 6 to 5.
    const store = makeCaseStore();
    const id = await makeRichCase(store);
    await truncateStored(store, id, 4);
    const before = await dumpAll(store);
    const result = await store.addNote(id, 'written on the cut history');
    expect(result).toMatchObject({ ok: false, error: { code: 'tampered' } });
    expect(result.ok || result.error.message).toMatch(
      /does not match the ledger \(6 events recorded, the case says 4\)/,
    );
    expect(await dumpAll(store)).toEqual(before);
  });

  it('records a deletion as a tombstone: verifyLedger reports it as recorded, not as a missing case', async () => {
    let ms = Date.parse('2026-11-24T02:00:00.000Z');
    const store = makeCaseStore(() => new Date((ms += 1000)));
    const [kept, deleted] = [
      await makeRichCase(store, { orderNo: 'KEEP-1' }),
      await makeRichCase(store, { orderNo: 'GONE-1' }),
    ];
    const head = await store.db.ledger.get(deleted);
    expect((await store.deleteCase(deleted)).ok).toBe(true);
    const deletedAt = new Date(ms).toISOString();
    expect(await store.db.ledger.get(deleted)).toEqual({
      ...head,
      deletedAt,
      tombstones: [
        { deletedAt, by: 'delete', eventCount: 6, lastHash: head?.lastHash, lastEventAt: head?.lastEventAt },
      ],
    });
    expect(await findingsOf(store)).toEqual({
      cases: 1,
      deletions: [{ caseId: deleted, deletedAt, eventCount: 6 }],
      findings: [],
    });
    expect(await store.verifyCase(kept)).toEqual({ ok: true });
  });

  it.each<
    [
      string,
      (store: CaseStore, id: string) => Promise<unknown>,
      ChainCheck,
      Omit<LedgerFinding, 'caseId' | 'orderNo'>,
      boolean,
    ]
  >([
    [
      'a case cut short',
      (s, id) => truncateStored(s, id, 5),
      { ok: false, brokenAt: 5, reason: 'truncated' },
      { kind: 'truncated', recorded: 6, found: 5 },
      true,
    ],
    [
      'a history rewritten and sealed again, as long as before',
      async (s, id) => {
        const events = await eventsOf(s, id);
        const note = events[3];
        if (note?.type === 'note_added') note.data.text = 'The customer never asked.';
        await rewriteStored(s, id, reseal(events));
      },
      { ok: false, brokenAt: 5, reason: 'ledger' },
      { kind: 'rewritten', recorded: 6, found: 6 },
      true,
    ],
    [
      'an event added behind the store',
      (s, id) => appendBehindTheStore(s, id),
      { ok: false, brokenAt: 6, reason: 'ledger' },
      { kind: 'unrecorded_events', recorded: 6, found: 7 },
      true,
    ],
    [
      'a ledger row removed',
      (s, id) => s.db.ledger.delete(id),
      { ok: false, brokenAt: 6, reason: 'ledger' },
      { kind: 'not_in_ledger', recorded: 0, found: 6 },
      true,
    ],
    [
      'a case removed without a tombstone',
      (s, id) => removeBehindTheStore(s, id),
      { ok: false, brokenAt: 0, reason: 'missing_case' },
      { kind: 'deleted_without_trace', recorded: 6, found: 0 },
      false,
    ],
    [
      'a deleted case put back',
      async (s, id) => {
        const { db } = s;
        const rows = {
          c: await db.cases.get(id),
          events: await eventsOf(s, id),
          evidence: await db.evidence.where({ caseId: id }).toArray(),
        };
        await s.deleteCase(id);
        if (rows.c) await db.cases.add(rows.c);
        await db.events.bulkAdd(rows.events);
        await db.evidence.bulkAdd(rows.evidence);
      },
      { ok: false, brokenAt: 6, reason: 'ledger' },
      { kind: 'deleted_but_present', recorded: 6, found: 6 },
      true,
    ],
  ])('reports %s, in verifyCase and in verifyLedger', async (_name, tamper, check, finding, hasRecord) => {
    const store = makeCaseStore();
    const id = await makeRichCase(store, { orderNo: 'TAMPER-1' });
    const other = await makeRichCase(store, { orderNo: 'FINE-1' });
    await tamper(store, id);
    expect(await store.verifyCase(id)).toEqual(check);
    const report = await findingsOf(store);
    expect(report.findings).toEqual([{ ...finding, caseId: id, orderNo: hasRecord ? 'TAMPER-1' : null }]);
    expect(report.deletions).toEqual([]);
    expect(await store.verifyCase(other)).toEqual({ ok: true });
  });
});
