import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { CaseDb, createCaseStore, CURRENT_SCHEMA_VERSION } from '../../../lib/db';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3 } from '../../../lib/db/case-db';
import { caseSearchRow } from '../../../lib/db/case-search';
import { LedgerRow } from '../../../lib/schema/ledger';
import { makeCaptureInput, makeCaseStore, makeDraft } from '../../builders/case';

/** Builds two cases with a note and evidence, and returns every table's rows as version 1 wrote them. */
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
  const [cases, events, notes, evidence, evidenceBlobs] = await Promise.all([
    db.cases.toArray(),
    db.events.toArray(),
    db.notes.toArray(),
    db.evidence.toArray(),
    db.evidenceBlobs.toArray(),
  ]);
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
  await old.table('events').bulkAdd(rows.events);
  await old.table('notes').bulkAdd(rows.notes);
  await old.table('evidence').bulkAdd(rows.evidence);
  await old.table('evidenceBlobs').bulkAdd(rows.evidenceBlobs);
  old.close();
  return name;
}

const sortById = <T extends { id: string }>(xs: T[]) => [...xs].sort((x, y) => x.id.localeCompare(y.id));

/** Opens the database with today's schema and checks that every row came through unchanged. */
async function openAndCompare(name: string, cases: object[], rows: OldRows): Promise<CaseDb> {
  const db = new CaseDb(name);
  await db.open();
  expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
  expect(sortById(await db.cases.toArray())).toEqual(sortById(cases as { id: string }[]));
  expect(sortById(await db.events.toArray())).toEqual(sortById(rows.events));
  expect(await db.notes.toArray()).toEqual(rows.notes);
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

  it('declares every version 1 table, a search-key table with a multi-entry index, and the ledger keyed by case', () => {
    const db = new CaseDb('never-opened');
    const tables = db.tables.map((t) => t.name).sort();
    expect(tables).toEqual([...Object.keys(SCHEMA_V1), 'caseSearch', 'ledger'].sort());
    expect(db.ledger.schema.primKey.keyPath).toBe('caseId');
    expect(db.caseSearch.schema.indexes.map((i) => [i.name, i.multi])).toEqual([['keys', true]]);
  });
});
