import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { CaseDb, createCaseStore, CURRENT_SCHEMA_VERSION } from '../../../lib/db';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4 } from '../../../lib/db/case-db';
import { noteOf } from '../../../lib/db/case-notes';
import { caseSearchRow } from '../../../lib/db/case-search';
import { ledgerRowOfCase } from '../../../lib/db/ledger-row';
import { LedgerRow } from '../../../lib/schema/ledger';
import { makeCaptureInput, makeCaseStore, makeDraft } from '../../builders/case';

/**
 * Builds two cases with a note and evidence, and returns every table's rows as version 1 wrote them: up to
 * version 4 a note had its own row, written with its event.
 */
async function v1Rows() {
  const source = makeCaseStore();
  const a = await source.recordCapture(
    makeCaptureInput({ draft: makeDraft({ orderNo: 'V1-001', merchantName: 'Old Coffee' }) }),
  );
  const b = await source.recordCapture(makeCaptureInput({ draft: makeDraft({ orderNo: 'V1-002' }) }));
  if (!a.ok || !b.ok) throw new Error('capture failed');
  await source.addNote(a.value.id, 'written before the upgrade');
  await source.addEvidence(a.value.id, {
    kind: 'receipt',
    name: 'slip.png',
    type: 'image/png',
    bytes: new Uint8Array([7, 8, 9]),
  });
  const { db } = source;
  const [cases, events, evidence, evidenceBlobs] = await Promise.all([
    db.cases.toArray(),
    db.events.toArray(),
    db.evidence.toArray(),
    db.evidenceBlobs.toArray(),
  ]);
  const notes = events.flatMap((e) => noteOf(e) ?? []);
  expect(notes.map((n) => n.text)).toEqual(['written before the upgrade']);
  // Version 1 had no derived search field.
  const v1Cases = cases.map(({ search: _search, ...rest }) => rest);
  return { ids: [a.value.id, b.value.id], cases, v1Cases, events, notes, evidence, evidenceBlobs };
}

type OldRows = Awaited<ReturnType<typeof v1Rows>>;

/** Writes a database as an older CancelDesk did, with the given schema and cases, and returns its name. */
async function writeOldDb(
  version: number,
  schema: Record<string, string>,
  cases: object[],
  rows: OldRows,
): Promise<string> {
  const name = `canceldesk-migration-${crypto.randomUUID()}`;
  const old = new Dexie(name);
  old.version(version).stores(schema);
  await old.table('cases').bulkAdd(cases);
  if ('caseSearch' in schema)
    await old.table('caseSearch').bulkAdd((cases as { id: string; search: string }[]).map(caseSearchRow));
  if ('ledger' in schema) await old.table('ledger').bulkAdd(rows.cases.map(ledgerRowOfCase));
  await old.table('events').bulkAdd(rows.events);
  await old.table('notes').bulkAdd(rows.notes);
  await old.table('evidence').bulkAdd(rows.evidence);
  await old.table('evidenceBlobs').bulkAdd(rows.evidenceBlobs);
  old.close();
  return name;
}

const sortById = <T extends { id: string }>(xs: T[]) => [...xs].sort((x, y) => x.id.localeCompare(y.id));

/** Opens the database with today's schema and checks that every row came through unchanged, notes in their cases. */
async function openAndCompare(name: string, cases: object[], rows: OldRows): Promise<CaseDb> {
  const db = new CaseDb(name);
  await db.open();
  expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
  expect(sortById(await db.cases.toArray())).toEqual(sortById(cases as { id: string }[]));
  expect(sortById(await db.events.toArray())).toEqual(sortById(rows.events));
  const store = createCaseStore(db);
  const bundles = await Promise.all(rows.ids.map((id) => store.loadCaseBundle(id)));
  expect(bundles.map((b) => b.ok)).toEqual(rows.ids.map(() => true));
  expect(bundles.flatMap((b) => (b.ok ? b.value.notes : []))).toEqual(rows.notes);
  expect(db.tables.map((t) => t.name)).not.toContain('notes');
  expect(await db.noteMismatches.toArray()).toEqual([]);
  expect(await db.evidence.toArray()).toEqual(rows.evidence);
  expect((await db.evidenceBlobs.toArray()).map((b) => [b.id, [...b.bytes]])).toEqual(
    rows.evidenceBlobs.map((b) => [b.id, [...b.bytes]]),
  );
  return db;
}

describe('case database schema', () => {
  it('opens a database written by version 1 without losing anything, and fills the new search index', async () => {
    const rows = await v1Rows();
    const db = await openAndCompare(await writeOldDb(1, SCHEMA_V1, rows.v1Cases, rows), rows.cases, rows);

    const store = createCaseStore(db);
    expect((await store.listCases({ query: 'old coffee' })).map((c) => c.orderNo)).toEqual(['V1-001']);
    for (const id of rows.ids) expect(await store.verifyCase(id)).toEqual({ ok: true });
    db.close();
  });

  it('opens a database written by version 2 without losing anything, and builds the search-key table from its cases', async () => {
    const rows = await v1Rows();
    const long = await makeCaseStore().recordCapture(
      makeCaptureInput({
        draft: makeDraft({
          orderNo: '4200002611240001234567890123456789',
          merchantName: 'Jing’an Temple Coffee Roasters & Bakery',
        }),
      }),
    );
    if (!long.ok) throw new Error(long.error.message);
    const cases = [...rows.cases, long.value];
    const db = await openAndCompare(await writeOldDb(2, SCHEMA_V2, cases, rows), cases, rows);
    expect(sortById(await db.caseSearch.toArray())).toEqual(sortById(cases.map(caseSearchRow)));

    const store = createCaseStore(db);
    const found = async (query: string) => (await store.listCases({ query })).map((c) => c.orderNo).sort();
    expect(await found('V1-002')).toEqual(['V1-002']);
    expect(await found('v1-00')).toEqual(['V1-001', 'V1-002']);
    expect(await found('1-001')).toEqual(['V1-001']);
    expect(await found('old coffee')).toEqual(['V1-001']);
    expect(await found('2611240001234567890123456789')).toEqual(['4200002611240001234567890123456789']);
    expect(await found('an temple coffee roasters & bakery')).toEqual(['4200002611240001234567890123456789']);
    expect(await found('an temple coffee roasters & bakers')).toEqual([]);
    for (const id of rows.ids) expect(await store.verifyCase(id)).toEqual({ ok: true });
    db.close();
  });

  it("opens a database written by version 3 without losing anything, and starts the ledger from its cases' heads", async () => {
    const rows = await v1Rows();
    const db = await openAndCompare(await writeOldDb(3, SCHEMA_V3, rows.cases, rows), rows.cases, rows);
    const byCase = (a: { caseId: string }, b: { caseId: string }) => a.caseId.localeCompare(b.caseId);
    const ledger = (await db.ledger.toArray()).sort(byCase);
    expect(ledger).toEqual(
      rows.cases
        .map((c) => ({
          caseId: c.id,
          eventCount: c.eventCount,
          lastHash: c.lastHeadHash,
          lastEventAt: c.updatedAt,
          deletedAt: null,
          tombstones: [],
        }))
        .sort(byCase),
    );
    for (const row of ledger) expect(LedgerRow.parse(row)).toEqual(row);

    const store = createCaseStore(db);
    expect(await store.verifyLedger()).toEqual({ ok: true, value: { cases: 2, deletions: [], findings: [] } });
    for (const id of rows.ids) expect(await store.verifyCase(id)).toEqual({ ok: true });
    // From here on every write moves the ledger on, and a deletion leaves its tombstone.
    const [first = '', second = ''] = rows.ids;
    expect((await store.addNote(first, 'after the upgrade')).ok).toBe(true);
    expect((await store.deleteCase(second)).ok).toBe(true);
    const report = await store.verifyLedger();
    expect(report.ok && report.value.findings).toEqual([]);
    expect(report.ok && report.value.deletions.map((d) => d.caseId)).toEqual([second]);
    db.close();
  });

  it('opens a database written by version 4 without losing a note: each is read from its event, and the case verifies', async () => {
    const rows = await v1Rows();
    const db = await openAndCompare(await writeOldDb(4, SCHEMA_V4, rows.cases, rows), rows.cases, rows);
    const store = createCaseStore(db);
    expect(await store.verifyLedger()).toEqual({ ok: true, value: { cases: 2, deletions: [], findings: [] } });
    for (const id of rows.ids) expect(await store.verifyCase(id)).toEqual({ ok: true });
    // Tampering is still told: an edited note event breaks the chain, as before the upgrade.
    const [first = ''] = rows.ids;
    const noted = (await db.events.where('caseId').equals(first).toArray()).find((e) => e.type === 'note_added');
    if (noted?.type !== 'note_added') throw new Error('no note event');
    expect((await store.addNote(first, 'after the upgrade')).ok).toBe(true);
    const bundle = await store.loadCaseBundle(first);
    expect(bundle.ok && bundle.value.notes.map((n) => n.text)).toEqual([
      'written before the upgrade',
      'after the upgrade',
    ]);
    await db.events.put({ ...noted, data: { ...noted.data, text: 'never written' } });
    expect(await store.verifyCase(first)).toEqual({ ok: false, brokenAt: noted.seq, reason: 'hash' });
    db.close();
  });

  it.each<[string, (rows: OldRows) => unknown[]]>([
    ['edited', (rows) => rows.notes.map((n) => ({ ...n, text: 'edited behind the log' }))],
    ['deleted', () => []],
    ['added', (rows) => [...rows.notes, { ...rows.notes[0], id: crypto.randomUUID(), text: 'slipped in' }]],
    ['given a property more', (rows) => rows.notes.map((n) => ({ ...n, extra: 1 }))],
  ])('keeps version 4 note rows %s behind the log, so that the case still fails its check', async (_name, tamper) => {
    const rows = await v1Rows();
    const stored = tamper(rows) as OldRows['notes'];
    const db = new CaseDb(await writeOldDb(4, SCHEMA_V4, rows.cases, { ...rows, notes: stored }));
    await db.open();
    const [noted = '', plain = ''] = rows.ids;
    // The rows as the table held them, in its key order.
    expect(await db.noteMismatches.toArray()).toEqual([{ caseId: noted, rows: sortById(stored) }]);
    const store = createCaseStore(db);
    const events = await db.events.where('caseId').equals(noted).count();
    expect(await store.verifyCase(noted)).toEqual({ ok: false, brokenAt: events, reason: 'state' });
    expect(await store.verifyCase(plain)).toEqual({ ok: true });
    // What the case shows is what its events say, and the kept rows go with the case.
    const bundle = await store.loadCaseBundle(noted);
    expect(bundle.ok && bundle.value.notes).toEqual(rows.notes);
    expect((await store.deleteCase(noted)).ok).toBe(true);
    expect(await db.noteMismatches.count()).toBe(0);
    db.close();
  });

  it('declares every version 1 table but the notes, a search-key table with a multi-entry index, and the ledger keyed by case', () => {
    const db = new CaseDb('never-opened');
    const tables = db.tables.map((t) => t.name).sort();
    const { notes: _notes, ...kept } = SCHEMA_V1;
    expect(tables).toEqual([...Object.keys(kept), 'caseSearch', 'ledger', 'noteMismatches'].sort());
    expect(db.ledger.schema.primKey.keyPath).toBe('caseId');
    expect(db.noteMismatches.schema.primKey.keyPath).toBe('caseId');
    expect(db.caseSearch.schema.indexes.map((i) => [i.name, i.multi])).toEqual([['keys', true]]);
  });
});
