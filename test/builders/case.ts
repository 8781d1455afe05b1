import { createCaseStore, openCaseDb, type CaseStore } from '../../lib/db';
import type { RecordCaptureInput } from '../../lib/db';
import type { CaptureDraft, FieldSource } from '../../lib/schema/capture';
import type { CaseRecord } from '../../lib/schema/case';
import type { Order } from '../../lib/schema/order';

/** A field source as capture reports it. */
export function makeSource(overrides: Partial<FieldSource> = {}): FieldSource {
  return { text: '订单号：202611241015330044', label: '订单号', confidence: 0.95, method: 'label', ...overrides };
}

/** A capture draft of a paid card sale; values and sources merge over the defaults. */
export function makeDraft(values: Partial<Order> = {}, sources: CaptureDraft['sources'] = {}): CaptureDraft {
  return {
    values: {
      orderNo: '202611241015330044',
      merchantId: '898310058120123',
      merchantName: '上海静安咖啡店',
      paymentMethod: 'card',
      cardMasked: '622588******5678',
      amountMinor: 12_800,
      currency: 'CNY',
      paidAt: '2026-11-24T10:15:33+08:00',
      status: 'paid',
      settled: false,
      ...values,
    },
    sources: { orderNo: makeSource(), amountMinor: makeSource({ text: '¥128.00', label: '金额' }), ...sources },
  };
}

/** What the panel passes to recordCapture for one capture of the demo portal. */
export function makeCaptureInput(overrides: Partial<RecordCaptureInput> = {}): RecordCaptureInput {
  return {
    origin: 'http://127.0.0.1:5173',
    url: 'http://127.0.0.1:5173/zh/order-1001.html',
    draft: makeDraft(),
    agent: 'Li Wei',
    ruleSetId: 'demo-acquirer',
    ruleSetVersion: 3,
    ...overrides,
  };
}

/** A clock that starts at a fixed instant and moves one second per reading, so event times are distinct. */
export function makeClock(start = '2026-11-24T02:00:00.000Z'): () => Date {
  let ms = Date.parse(start);
  return () => new Date((ms += 1000));
}

let dbCounter = 0;

/** A store over a database of its own, so tests never see each other's cases. */
export function makeCaseStore(now: () => Date = makeClock()): CaseStore {
  dbCounter += 1;
  return createCaseStore(openCaseDb(`canceldesk-test-${dbCounter}-${crypto.randomUUID()}`), { now });
}

export interface RichCaseOptions {
  orderNo?: string;
  merchantName?: string;
  note?: string;
  evidenceName?: string;
  bytes?: Uint8Array;
}

/** A case that has been through everything: capture, edit, verdict, note, evidence, submission. Returns its id. */
export async function makeRichCase(store: CaseStore, options: RichCaseOptions = {}): Promise<string> {
  const draft = makeDraft({
    orderNo: options.orderNo ?? '202611241015330044',
    merchantName: options.merchantName ?? '上海静安咖啡店',
  });
  const saved = await store.recordCapture(makeCaptureInput({ draft }));
  if (!saved.ok) throw new Error(saved.error.message);
  const id = saved.value.id;
  const steps = [
    () => store.editCaseField(id, 'amountMinor', 12_000),
    () =>
      store.recordVerdict(id, { action: 'void', ruleId: 'same-day-void' }, '2026-11-24T23:00:00+08:00', 'void', {
        ruleSetId: 'demo-acquirer',
        ruleSetVersion: 4,
      }),
    () => store.addNote(id, options.note ?? 'Customer asked to cancel.\n客户要求撤销。'),
    () =>
      store.addEvidence(id, {
        kind: 'receipt',
        name: options.evidenceName ?? 'slip.png',
        type: 'image/png',
        bytes: options.bytes ?? new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]),
      }),
    () => store.setStatus(id, { to: 'submitted', channel: 'online_form', requestId: 'REQ-2026-0042' }),
  ];
  for (const step of steps) {
    const done = await step();
    if (!done.ok) throw new Error(done.error.message);
  }
  return id;
}

/** Every row of every table, sorted, with bytes as plain arrays: two databases compare equal with toEqual. */
export async function dumpCaseDb(store: CaseStore) {
  const { db } = store;
  const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
  return {
    cases: byId(await db.cases.toArray()),
    events: byId(await db.events.toArray()),
    noteMismatches: (await db.noteMismatches.toArray()).sort((a, b) => a.caseId.localeCompare(b.caseId)),
    evidence: byId(await db.evidence.toArray()),
    evidenceBlobs: byId(await db.evidenceBlobs.toArray()).map((b) => ({ id: b.id, bytes: [...b.bytes] })),
  };
}

/** A loaded bundle of a case made by makeRichCase, bytes included. */
export async function makeRichBundle(options: RichCaseOptions = {}) {
  const store = makeCaseStore();
  const id = await makeRichCase(store, options);
  const loaded = await store.loadCaseBundle(id, { bytes: true });
  if (!loaded.ok) throw new Error(loaded.error.message);
  return loaded.value;
}

/** A case record as the store returns it, for code that only reads records. */
export function makeCaseRecord(overrides: Partial<CaseRecord> = {}): CaseRecord {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    origin: 'https://portal.example',
    url: 'https://portal.example/order/1',
    orderNo: 'A1',
    page: makeDraft({ orderNo: 'A1' }),
    edits: {},
    status: 'draft',
    createdAt: '2026-11-24T02:00:00.000Z',
    updatedAt: '2026-11-24T02:00:00.000Z',
    agent: null,
    ruleSetId: null,
    ruleSetVersion: null,
    deadline: null,
    action: null,
    merchantName: null,
    search: 'a1',
    submission: null,
    rejectionReason: null,
    statusSince: '2026-11-24T02:00:00.000Z',
    eventCount: 1,
    lastHeadHash: '0'.repeat(64),
    ...overrides,
  };
}
