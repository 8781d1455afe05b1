// Runs inside the benchmark page (bundled with esbuild): seeds a case database and times log operations
// against the bare Dexie operation on the same data, in the same page.
import { createCaseStore, openCaseDb, type CaseDb, type CaseStore } from '../../lib/db';
import { applyEvent } from '../../lib/db/case-reducer';
import { caseSearchRow } from '../../lib/db/case-search';
import { eventTables } from '../../lib/db/event-tables';
import { ledgerRowOfCase } from '../../lib/db/ledger-row';
import { GENESIS_HASH, sealEvent } from '../../lib/db/event-chain';
import { casesToCsv, caseToJsonText } from '../../lib/export';
import { LANGS, loadDictionary } from '../../lib/i18n';
import type { CaseRecord } from '../../lib/schema/case';
import type { CaseEvent, EventBody } from '../../lib/schema/event';

let db: CaseDb;
let store: CaseStore;
let exportIds: string[] = [];
let allIds: string[] = [];

const START = Date.UTC(2026, 0, 1);
const ACTOR = { agent: 'Bench Agent', ruleSetId: 'cn-pos-default', ruleSetVersion: 1 };

/** The order number of seeded case i. */
export const orderNoOf = (i: number) => `2026${String(i).padStart(14, '0')}`;

function bodies(i: number, perCase: number): EventBody[] {
  const draft = {
    values: {
      orderNo: orderNoOf(i),
      merchantId: `898310058${String(100000 + (i % 700))}`,
      merchantName: `上海测试商户 ${i % 300}`,
      paymentMethod: 'card' as const,
      cardMasked: '622588******5678',
      amountMinor: 1000 + ((i * 7919) % 900_000),
      currency: 'CNY',
      paidAt: new Date(START + i * 60_000).toISOString(),
      status: 'paid' as const,
      settled: false,
    },
    sources: {
      orderNo: { text: `订单编号 ${orderNoOf(i)}`, label: '订单编号', confidence: 0.95, method: 'label' as const },
    },
  };
  const list: EventBody[] = [
    {
      type: 'captured',
      data: { origin: 'https://portal.bench.invalid', url: `https://portal.bench.invalid/order/${i}`, draft },
    },
    {
      type: 'verdict_computed',
      data: {
        verdict: { action: 'void', ruleId: 'same-day' },
        deadline: new Date(START + i * 60_000 + 86_400_000).toISOString(),
        action: i % 3 ? 'void' : 'refund',
      },
    },
  ];
  while (list.length < perCase - 1) {
    const n = list.length;
    list.push(
      n % 2
        ? {
            type: 'note_added',
            data: { noteId: crypto.randomUUID(), text: `Customer called (${n}); 客户来电要求撤销。` },
          }
        : { type: 'field_edited', data: { key: 'merchantName', value: `商户 ${i}-${n}` } },
    );
  }
  list.push({
    type: 'status_changed',
    data: { from: 'draft', to: 'submitted', channel: 'online_form', requestId: `REQ-${i}` },
  });
  return list;
}

/** A case with its events built in memory, chained and folded exactly as the store would write them. */
function buildCase(i: number, perCase: number): { record: CaseRecord; events: CaseEvent[] } {
  const caseId = crypto.randomUUID();
  let record: CaseRecord | null = null;
  const events: CaseEvent[] = [];
  for (const body of bodies(i, perCase)) {
    const head = { caseId, eventCount: record?.eventCount ?? 0, lastHeadHash: record?.lastHeadHash ?? GENESIS_HASH };
    const event = sealEvent(
      head,
      body,
      ACTOR,
      new Date(START + i * 60_000 + events.length * 1000).toISOString(),
      crypto.randomUUID(),
    );
    const next = applyEvent(record, event);
    if (!next.ok) throw new Error(next.message);
    record = next.value;
    events.push(event);
  }
  return { record: record!, events };
}

export interface Seeding {
  seconds: number;
  /** Of those, building and hashing the records in memory. */
  buildSeconds: number;
  cases: number;
  events: number;
}

/** Fills a fresh database with `cases` cases of `perCase` events each; says how long it took. */
export async function seed(name: string, cases: number, perCase: number): Promise<Seeding> {
  // The CSV export writes in Chinese: the page loads the words first, as the panel does.
  await Promise.all(LANGS.map(loadDictionary));
  const t0 = performance.now();
  let building = 0;
  db = openCaseDb(name);
  await db.delete();
  db = openCaseDb(name);
  store = createCaseStore(db);
  const BATCH = 500;
  // The next batch is built while the browser writes the previous one; all of a batch's requests go out at once.
  let writing: Promise<unknown> = Promise.resolve();
  for (let from = 0; from < cases; from += BATCH) {
    const b0 = performance.now();
    const built = Array.from({ length: Math.min(BATCH, cases - from) }, (_, k) => buildCase(from + k, perCase));
    building += performance.now() - b0;
    await writing;
    writing = db.transaction('rw', db.cases, db.events, db.caseSearch, db.ledger, () =>
      Promise.all([
        db.cases.bulkAdd(built.map((b) => b.record)),
        db.ledger.bulkAdd(built.map((b) => ledgerRowOfCase(b.record))),
        db.events.bulkAdd(built.flatMap((b) => b.events)),
        db.caseSearch.bulkAdd(built.map((b) => caseSearchRow(b.record))),
      ]),
    );
  }
  await writing;
  exportIds = (await store.listCases({ limit: 1000 })).map((c) => c.id);
  allIds = await db.cases.toCollection().primaryKeys();
  return {
    seconds: (performance.now() - t0) / 1000,
    buildSeconds: building / 1000,
    cases: await db.cases.count(),
    events: await db.events.count(),
  };
}

async function time(run: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await run();
  return performance.now() - t0;
}

const randomCaseId = () => allIds[Math.floor(Math.random() * allIds.length)]!;

const request = <T>(req: IDBRequest<T>) =>
  new Promise<T>((done, fail) => {
    req.onsuccess = () => done(req.result);
    req.onerror = () => fail(req.error);
  });

/**
 * The requests a note append makes, in raw IndexedDB without Dexie or any check: a stored case and its ledger
 * row read together, then an event added and the case and ledger row put back, in one transaction. The case and
 * row go back as read and the event (of a case of its own) is deleted afterwards, so no stored history changes.
 */
async function rawAppend(caseId: string, event: CaseEvent): Promise<number> {
  const idb = db.backendDB();
  const took = await time(
    () =>
      new Promise<void>((done, fail) => {
        const tx = idb.transaction(['cases', 'events', 'ledger'], 'readwrite');
        tx.oncomplete = () => done();
        tx.onabort = () => fail(tx.error);
        const cases = tx.objectStore('cases');
        const rows = tx.objectStore('ledger');
        Promise.all([request(cases.get(caseId)), request(rows.get(caseId))]).then(([record, row]) => {
          tx.objectStore('events').add(event);
          cases.put(record);
          rows.put(row);
        }, fail);
      }),
  );
  await db.events.delete(event.id);
  return took;
}

/** The same requests through Dexie, in a transaction over the tables a note's write takes, without any check. */
async function dexieAppend(caseId: string, event: CaseEvent): Promise<number> {
  const took = await time(() =>
    db.transaction('rw', eventTables(db, 'note_added'), async () => {
      const [record, row] = await Promise.all([db.cases.get(caseId), db.ledger.get(caseId)]);
      if (!record || !row) throw new Error(`no case ${caseId}`);
      await Promise.all([db.events.add(event), db.cases.put(record), db.ledger.put(row)]);
    }),
  );
  await db.events.delete(event.id);
  return took;
}

/** One timing of each operation and of its bare Dexie baseline (and, for append, of its requests in raw IndexedDB). */
export const measures = {
  async list() {
    const subject = await time(async () => {
      if ((await store.listCases({ limit: 50 })).length !== 50) throw new Error('list returned too few');
    });
    const baseline = await time(() => db.cases.orderBy('updatedAt').reverse().limit(50).toArray());
    return { subject, baseline };
  },
  async search() {
    const orderNo = orderNoOf(Math.floor(Math.random() * 10_000));
    const subject = await time(async () => {
      const found = await store.listCases({ query: orderNo, limit: 50 });
      if (found.length !== 1 || found[0]!.orderNo !== orderNo)
        throw new Error(`search for ${orderNo} found ${found.length}`);
    });
    const baseline = await time(async () => (await db.cases.toArray()).filter((c) => c.orderNo.includes(orderNo)));
    return { subject, baseline };
  },
  async append() {
    const caseId = randomCaseId();
    const subject = await time(async () => {
      const saved = await store.addNote(caseId, 'Acquirer says the request is in review. 收单机构称申请审核中。', {
        agent: 'Bench Agent',
      });
      if (!saved.ok) throw new Error(saved.error.message);
    });
    const row = sealEvent(
      { caseId: crypto.randomUUID(), eventCount: 0, lastHeadHash: GENESIS_HASH },
      { type: 'exported', data: { format: 'json' } },
      ACTOR,
      new Date().toISOString(),
      crypto.randomUUID(),
    );
    const baseline = await time(() => db.events.bulkAdd([row]));
    await db.events.delete(row.id);
    // Each on a case of its own, none read before in this run, as the append's case was.
    const copy = () => ({ ...row, id: crypto.randomUUID(), caseId: crypto.randomUUID() });
    const raw = await rawAppend(randomCaseId(), copy());
    const dexie = await dexieAppend(randomCaseId(), copy());
    return { subject, baseline, raw, dexie };
  },
  async csv() {
    let size = 0;
    const subject = await time(async () => {
      size = casesToCsv(await store.listCases({ limit: 1000 }), 'zh').length;
    });
    if (size < 1000 * 50) throw new Error(`CSV of ${size} characters`);
    const baseline = await time(() => db.cases.orderBy('updatedAt').reverse().limit(1000).toArray());
    return { subject, baseline };
  },
  async json() {
    let size = 0;
    const subject = await time(async () => {
      const prepared = await store.prepareExport(exportIds, 'json', { agent: 'Bench Agent' });
      if (!prepared.ok) throw new Error(prepared.error.message);
      for (const bundle of prepared.value) size += caseToJsonText(bundle).length;
    });
    if (size < 1000 * 5000) throw new Error(`JSON of ${size} characters`);
    const baseline = await time(() =>
      db.transaction('r', db.cases, db.events, async () => {
        await db.cases.bulkGet(exportIds);
        for (const id of exportIds)
          await db.events.where('[caseId+seq]').between([id, -Infinity], [id, Infinity]).toArray();
      }),
    );
    return { subject, baseline };
  },
};
