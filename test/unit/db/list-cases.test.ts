import { describe, expect, it } from 'vitest';
import type { CaseStore } from '../../../lib/db';
import type { CaseFilter } from '../../../lib/db';
import { makeCaptureInput, makeCaseStore, makeClock, makeDraft } from '../../builders/case';

const NOW = '2026-11-24T02:00:00.000Z';

/** Three cases, captured in this order, with verdicts whose deadlines are 2 h, 30 h and (past) -1 h away. */
async function seed(store: CaseStore) {
  const rows = [
    { orderNo: 'A-1001', merchantName: 'Jing’an Coffee', merchantId: 'M-778', action: 'void', hours: 2 },
    { orderNo: 'B-2002', merchantName: '上海书店', merchantId: 'M-991', action: 'refund', hours: 30 },
    { orderNo: 'C-1003', merchantName: 'Harbour Books', merchantId: 'X-100', action: 'void', hours: -1 },
  ] as const;
  const ids: Record<string, string> = {};
  for (const row of rows) {
    const saved = await store.recordCapture(
      makeCaptureInput({
        draft: makeDraft({ orderNo: row.orderNo, merchantName: row.merchantName, merchantId: row.merchantId }),
      }),
    );
    if (!saved.ok) throw new Error(saved.error.message);
    ids[row.orderNo] = saved.value.id;
  }
  for (const row of rows) {
    const deadline = new Date(Date.parse(NOW) + row.hours * 3_600_000).toISOString();
    const id = ids[row.orderNo] ?? '';
    const saved = await store.recordVerdict(id, { action: row.action }, deadline, row.action);
    if (!saved.ok) throw new Error(saved.error.message);
  }
  return ids;
}

describe('listCases', () => {
  it('lists the most recently updated first', async () => {
    const store = makeCaseStore();
    await seed(store);
    expect((await store.listCases()).map((c) => c.orderNo)).toEqual(['C-1003', 'B-2002', 'A-1001']);
    await store.recordCapture(makeCaptureInput({ draft: makeDraft({ orderNo: 'A-1001' }) }));
    expect((await store.listCases({ limit: 2 })).map((c) => c.orderNo)).toEqual(['A-1001', 'C-1003']);
  });

  it.each<[string, CaseFilter, string[]]>([
    ['an order number substring', { query: '100' }, ['C-1003', 'A-1001']],
    ['a merchant name, any case', { query: 'COFFEE' }, ['A-1001']],
    ['a Chinese merchant name', { query: '书店' }, ['B-2002']],
    ['a merchant id', { query: 'm-99' }, ['B-2002']],
    ['a query nothing matches', { query: 'zzz' }, []],
    ['a status', { status: ['draft'] }, ['C-1003', 'B-2002', 'A-1001']],
    ['a status no case has', { status: ['approved', 'closed'] }, []],
    ['an action', { action: ['void'] }, ['C-1003', 'A-1001']],
    ['a deadline within 3 hours (past deadlines excluded)', { deadlineWithinHours: 3 }, ['A-1001']],
    ['a deadline within 48 hours', { deadlineWithinHours: 48 }, ['B-2002', 'A-1001']],
    ['query and action together', { query: '100', action: ['void'], deadlineWithinHours: 48 }, ['A-1001']],
    ['a limit on a filter', { action: ['void'], limit: 1 }, ['C-1003']],
  ])('filters by %s', async (_name, filter, expected) => {
    const store = makeCaseStore(makeClock(NOW));
    await seed(store);
    expect((await store.listCases(filter)).map((c) => c.orderNo)).toEqual(expected);
  });

  it('finds a case by the merchant name the agent typed in', async () => {
    const store = makeCaseStore();
    const ids = await seed(store);
    await store.editCaseField(ids['B-2002'] ?? '', 'merchantName', 'Fuzhou Road Books');
    expect((await store.listCases({ query: 'fuzhou' })).map((c) => c.orderNo)).toEqual(['B-2002']);
  });
});
