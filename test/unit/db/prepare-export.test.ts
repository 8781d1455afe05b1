import type { DBCore, DBCoreMutateRequest } from 'dexie';
import { describe, expect, it } from 'vitest';
import { createCaseStore, openCaseDb, type CaseStore } from '../../../lib/db';
import type { ExportFormat } from '../../../lib/schema/event';
import { dumpCaseDb, makeCaseStore, makeClock, makeRichCase } from '../../builders/case';

/** A store whose database fails every write to one table with QuotaExceededError once `full` is set. */
function storeWithDiskFullOn(table: string): { store: CaseStore; disk: { full: boolean } } {
  const disk = { full: false };
  const db = openCaseDb(`canceldesk-full-${crypto.randomUUID()}`);
  db.use({
    stack: 'dbcore',
    name: 'full-disk',
    create: (down: DBCore): DBCore => ({
      ...down,
      table(name) {
        const inner = down.table(name);
        return {
          ...inner,
          mutate: (req: DBCoreMutateRequest) =>
            disk.full && name === table
              ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
              : inner.mutate(req),
        };
      },
    }),
  });
  return { store: createCaseStore(db, { now: makeClock() }), disk };
}

async function threeCases(store: CaseStore): Promise<string[]> {
  return [
    await makeRichCase(store, { orderNo: 'EXP-1' }),
    await makeRichCase(store, { orderNo: 'EXP-2' }),
    await makeRichCase(store, { orderNo: 'EXP-3' }),
  ];
}

describe('prepareExport', () => {
  it.each<ExportFormat>(['json', 'zip', 'markdown'])(
    'records one "%s" export on each case, in the order given, and returns what is stored',
    async (format) => {
      const store = makeCaseStore();
      const ids = await threeCases(store);
      const order = [ids[2], ids[0], ids[1]] as string[];
      const before = await Promise.all(order.map((id) => store.getCase(id)));
      const prepared = await store.prepareExport(order, format, { agent: 'Exporter' });
      if (!prepared.ok) throw new Error(prepared.error.message);
      expect(prepared.value.map((b) => b.case.id)).toEqual(order);
      for (const [i, bundle] of prepared.value.entries()) {
        const head = before[i];
        const last = bundle.events.at(-1);
        expect(last).toMatchObject({
          type: 'exported',
          data: { format },
          agent: 'Exporter',
          seq: head?.eventCount,
          prevHash: head?.lastHeadHash,
        });
        expect(bundle.case).toMatchObject({
          eventCount: (head?.eventCount ?? 0) + 1,
          lastHeadHash: last?.hash,
          updatedAt: last?.at,
        });
        const stored = await store.loadCaseBundle(bundle.case.id, { bytes: format === 'zip' });
        expect(stored).toEqual({ ok: true, value: bundle });
        expect(Object.keys(bundle.bytes)).toHaveLength(format === 'zip' ? 1 : 0);
        expect(await store.verifyCase(bundle.case.id)).toEqual({ ok: true });
      }
      const times = prepared.value.map((b) => b.events.at(-1)?.at ?? '');
      expect([...times].sort()).toEqual(times);
    },
  );

  it('chains two exports onto a case listed twice', async () => {
    const store = makeCaseStore();
    const [id = ''] = await threeCases(store);
    const prepared = await store.prepareExport([id, id], 'text');
    if (!prepared.ok) throw new Error(prepared.error.message);
    const exported = (prepared.value[1]?.events ?? []).filter((e) => e.type === 'exported');
    expect(exported).toHaveLength(2);
    expect(exported[1]?.prevHash).toBe(exported[0]?.hash);
    expect(prepared.value[0]).toEqual(prepared.value[1]);
    expect(await store.verifyCase(id)).toEqual({ ok: true });
  });

  it('returns nothing for no cases', async () => {
    expect(await makeCaseStore().prepareExport([], 'json')).toEqual({ ok: true, value: [] });
  });

  it('refuses a list with a missing case and records no export on the others', async () => {
    const store = makeCaseStore();
    const ids = await threeCases(store);
    const before = await dumpCaseDb(store);
    const missing = crypto.randomUUID();
    expect(await store.prepareExport([ids[0] ?? '', missing, ids[1] ?? ''], 'json')).toEqual({
      ok: false,
      error: { code: 'not_found', message: `No case ${missing}.` },
    });
    expect(await dumpCaseDb(store)).toEqual(before);
  });

  it.each(['events', 'cases'])(
    'on a full disk (%s) still hands out the cases, unrecorded, and leaves every case as it was',
    async (table) => {
      const { store, disk } = storeWithDiskFullOn(table);
      const ids = await threeCases(store);
      const before = await dumpCaseDb(store);
      disk.full = true;
      const prepared = await store.prepareExport(ids, 'zip');
      expect(prepared).toMatchObject({ ok: true, unrecorded: true });
      if (!prepared.ok) throw new Error('no export');
      expect(prepared.value.map((b) => b.case.id).sort()).toEqual([...ids].sort());
      expect(prepared.value.every((b) => b.events.every((e) => e.type !== 'exported'))).toBe(true);
      disk.full = false;
      expect(await dumpCaseDb(store)).toEqual(before);
      for (const id of ids) expect(await store.verifyCase(id)).toEqual({ ok: true });
      expect((await store.prepareExport(ids, 'json')).ok).toBe(true);
    },
  );
});
