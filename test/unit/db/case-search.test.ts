import { describe, expect, it } from 'vitest';
import type { CaseStore } from '../../../lib/db';
import { caseSearchRow, SEARCH_KEY_LENGTH } from '../../../lib/db/case-search';
import { casesToZip } from '../../../lib/export';
import { makeCaptureInput, makeCaseStore, makeDraft, makeRichCase } from '../../builders/case';

interface BackupJson {
  data: {
    tables: { name: string; schema: string; rowCount: number }[];
    data: { tableName: string; inbound: boolean; rows: Record<string, unknown>[] }[];
  };
}

const ROWS = [
  {
    orderNo: '4200002611240001234567890123456789',
    merchantName: 'Jing’an Temple Coffee Roasters & Bakery',
    merchantId: '898310058120123',
  },
  {
    orderNo: '4200002611240001234567890123456799',
    merchantName: 'Jing’an Temple Coffee Roasters & Books',
    merchantId: '898310058120124',
  },
  { orderNo: 'A-1001', merchantName: '上海静安咖啡店', merchantId: 'M-778' },
  { orderNo: 'B-2002', merchantName: '上海书店', merchantId: 'M-991' },
  { orderNo: 'C-1003', merchantName: 'Harbour Books\uffff', merchantId: 'X-100' },
];

async function capture(store: CaseStore, values: Parameters<typeof makeDraft>[0]): Promise<string> {
  const saved = await store.recordCapture(makeCaptureInput({ draft: makeDraft(values) }));
  if (!saved.ok) throw new Error(saved.error.message);
  return saved.value.id;
}

async function seed(store: CaseStore): Promise<string[]> {
  const ids: string[] = [];
  for (const row of ROWS) ids.push(await capture(store, row));
  return ids;
}

/** Queries cut from every case's search text at several places and lengths around the key length. */
async function queriesOf(store: CaseStore): Promise<string[]> {
  const texts = (await store.listCases()).map((c) => c.search);
  const lengths = [1, 4, SEARCH_KEY_LENGTH - 1, SEARCH_KEY_LENGTH, SEARCH_KEY_LENGTH + 1, 45, Infinity];
  const cut = texts.flatMap((t) =>
    [0, 3, 10, t.length - 5].flatMap((from) => lengths.map((n) => t.slice(from, from + n))),
  );
  const near = cut.map((q) => `${q.slice(0, -1)}~`);
  return [...new Set([...cut, ...near].map((q) => q.trim()).filter(Boolean))];
}

const sorted = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

async function expectSearchTableInStep(store: CaseStore) {
  expect(sorted(await store.db.caseSearch.toArray())).toEqual(
    sorted((await store.db.cases.toArray()).map(caseSearchRow)),
  );
}

describe('case search', () => {
  it('finds exactly the cases whose search text contains the query, most recently updated first', async () => {
    const store = makeCaseStore();
    await seed(store);
    const all = await store.listCases();
    const queries = await queriesOf(store);
    expect(queries.length).toBeGreaterThan(50);
    for (const query of queries) {
      const expected = all.filter((c) => c.search.includes(query)).map((c) => c.orderNo);
      expect(
        (await store.listCases({ query: query.toUpperCase() })).map((c) => c.orderNo),
        query,
      ).toEqual(expected);
    }
  });

  it.each([
    [
      'a full order number longer than a search key',
      '4200002611240001234567890123456789',
      ['4200002611240001234567890123456789'],
    ],
    ['a long text that only shares its first key with a case', 'jing’an temple coffee roasters & bakers', []],
    [
      'a long merchant name',
      'an temple coffee roasters & b',
      ['4200002611240001234567890123456799', '4200002611240001234567890123456789'],
    ],
    ['text just before a U+FFFF', 'harbour books', ['C-1003']],
    ['text ending in U+FFFF', 'books\uffff', ['C-1003']],
    ['text across two fields', '1003\nharbour', ['C-1003']],
  ])('finds %s', async (_name, query, expected) => {
    const store = makeCaseStore();
    await seed(store);
    expect((await store.listCases({ query })).map((c) => c.orderNo)).toEqual(expected);
  });

  it('orders matches as the list does when cases were updated at the same instant, with and without a limit', async () => {
    const store = makeCaseStore(() => new Date('2026-11-24T02:00:00.000Z'));
    for (let i = 0; i < 6; i++)
      await capture(store, { orderNo: `TIE-${i}`, merchantName: i % 2 ? 'Tie Shop' : 'Other' });
    const list = (await store.listCases()).map((c) => c.orderNo);
    const ties = list.filter((o) => Number(o.slice(4)) % 2);
    expect((await store.listCases({ query: 'tie shop' })).map((c) => c.orderNo)).toEqual(ties);
    expect((await store.listCases({ query: 'tie shop', limit: 2 })).map((c) => c.orderNo)).toEqual(ties.slice(0, 2));
    expect((await store.listCases({ query: 'tie shop', limit: 3 })).map((c) => c.orderNo)).toEqual(ties);
  });

  it('follows edits, and forgets a deleted case', async () => {
    const store = makeCaseStore();
    const [first, second] = await seed(store);
    await store.editCaseField(first ?? '', 'merchantName', 'Fuzhou Road Books');
    expect((await store.listCases({ query: 'temple coffee' })).map((c) => c.id)).toEqual([second]);
    expect((await store.listCases({ query: 'fuzhou' })).map((c) => c.id)).toEqual([first]);
    await store.deleteCase(second ?? '');
    await expectSearchTableInStep(store);
    expect(await store.db.caseSearch.get(second ?? '')).toBeUndefined();
  });

  it('derives the search table for imported cases', async () => {
    const source = makeCaseStore();
    const ids = [
      await makeRichCase(source, { orderNo: 'IMP-1', merchantName: 'Imported Coffee' }),
      await makeRichCase(source, { orderNo: 'IMP-2' }),
    ];
    const prepared = await source.prepareExport(ids, 'zip');
    if (!prepared.ok) throw new Error(prepared.error.message);
    const target = makeCaseStore();
    expect((await target.importCases(casesToZip(prepared.value))).ok).toBe(true);
    await expectSearchTableInStep(target);
    expect((await target.listCases({ query: 'imported coffee' })).map((c) => c.orderNo)).toEqual(['IMP-1']);
  });

  it('leaves the search table out of a backup and rebuilds it on restore, whatever the file says', async () => {
    const source = makeCaseStore();
    const id = await makeRichCase(source, { orderNo: 'BAK-1', merchantName: 'Backup Books' });
    const backup = await source.exportDatabase();
    if (!backup.ok) throw new Error(backup.error.message);
    const json = JSON.parse(await backup.value.text()) as BackupJson;
    expect(json.data.tables.map((t) => t.name)).not.toContain('caseSearch');
    json.data.tables.push({ name: 'caseSearch', schema: 'id,*keys', rowCount: 1 });
    json.data.data.push({ tableName: 'caseSearch', inbound: true, rows: [{ id, search: 'forged', keys: ['forged'] }] });

    const target = makeCaseStore();
    await makeRichCase(target, { orderNo: 'REPLACED', merchantName: 'Replaced Coffee' });
    expect(await target.importDatabase(new Blob([JSON.stringify(json)]))).toMatchObject({ ok: true });
    await expectSearchTableInStep(target);
    expect((await target.listCases({ query: 'backup books' })).map((c) => c.orderNo)).toEqual(['BAK-1']);
    expect(await target.listCases({ query: 'forged' })).toEqual([]);
    expect(await target.listCases({ query: 'replaced' })).toEqual([]);
  });
});
