import { describe, expect, it } from 'vitest';
import type { CaseStore } from '../../../lib/db';
import { makeCaptureInput, makeCaseStore, makeClock, makeDraft } from '../../builders/case';

const ABC = new TextEncoder().encode('abc');
const ABC_SHA256 = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';

async function newCase(store: CaseStore, orderNo = 'A-1') {
  const saved = await store.recordCapture(makeCaptureInput({ draft: makeDraft({ orderNo }) }));
  if (!saved.ok) throw new Error(saved.error.message);
  return saved.value.id;
}

async function attach(store: CaseStore, caseId: string) {
  const added = await store.addEvidence(caseId, {
    kind: 'customer_id',
    name: 'id.jpg',
    type: 'image/jpeg',
    bytes: ABC,
    note: 'front side',
  });
  if (!added.ok) throw new Error(added.error.message);
  const [item] = await store.db.evidence.where('caseId').equals(caseId).toArray();
  if (!item) throw new Error('no evidence');
  return item;
}

async function close(store: CaseStore, id: string) {
  for (const t of [
    { to: 'submitted', channel: 'email', requestId: 'R-1' },
    { to: 'under_review' },
    { to: 'approved' },
    { to: 'closed' },
  ] as const) {
    const moved = await store.setStatus(id, t);
    if (!moved.ok) throw new Error(moved.error.message);
  }
}

describe('evidence', () => {
  it('stores the metadata with size and SHA-256, and the bytes apart', async () => {
    const store = makeCaseStore();
    const id = await newCase(store);
    const item = await attach(store, id);
    expect(item).toMatchObject({
      caseId: id,
      kind: 'customer_id',
      name: 'id.jpg',
      type: 'image/jpeg',
      size: 3,
      sha256: ABC_SHA256,
      note: 'front side',
    });
    const bytes = await store.loadEvidenceBytes(item.id);
    expect(bytes.ok && [...bytes.value]).toEqual([...ABC]);
    const bundle = await store.loadCaseBundle(id, { bytes: true });
    expect(bundle.ok && bundle.value.events.at(-1)?.type).toBe('evidence_added');
    expect(bundle.ok && Object.keys(bundle.value.bytes)).toEqual([item.id]);
  });

  it.each([
    ['an unknown kind', { kind: 'selfie', name: 'a.png', type: 'image/png', bytes: ABC }],
    ['an empty name', { kind: 'receipt', name: ' ', type: 'image/png', bytes: ABC }],
    [
      'a card number in the note',
      { kind: 'receipt', name: 'a.png', type: 'image/png', bytes: ABC, note: 'card 4111111111111111' },
    ],
  ])('refuses %s', async (_name, input) => {
    const store = makeCaseStore();
    const id = await newCase(store);
    expect(await store.addEvidence(id, input as never)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await store.db.evidence.count()).toBe(0);
    expect(await store.db.evidenceBlobs.count()).toBe(0);
  });

  it('removes evidence and its bytes, keeping the record of it in the log', async () => {
    const store = makeCaseStore();
    const id = await newCase(store);
    const item = await attach(store, id);
    expect((await store.removeEvidence(id, item.id)).ok).toBe(true);
    expect(await store.db.evidence.count()).toBe(0);
    expect(await store.loadEvidenceBytes(item.id)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await store.removeEvidence(id, item.id)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await store.verifyCase(id)).toEqual({ ok: true });
  });

  it('does not remove evidence through another case', async () => {
    const store = makeCaseStore();
    const owner = await newCase(store, 'A-1');
    const other = await newCase(store, 'B-2');
    const item = await attach(store, owner);
    expect(await store.removeEvidence(other, item.id)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await store.db.evidence.count()).toBe(1);
  });
});

describe('purgeExpiredEvidence', () => {
  it('purges the bytes of cases closed longer than the retention, and only those', async () => {
    const store = makeCaseStore(makeClock('2026-01-01T00:00:00.000Z'));
    const old = await newCase(store, 'OLD');
    const open = await newCase(store, 'OPEN');
    const oldItem = await attach(store, old);
    const openItem = await attach(store, open);
    await close(store, old);
    const now = new Date('2026-07-01T00:00:00.000Z');

    expect(await store.purgeExpiredEvidence(now, 365)).toEqual({ ok: true, value: { cases: 0, files: 0 } });
    expect(await store.purgeExpiredEvidence(now, 180)).toEqual({ ok: true, value: { cases: 1, files: 1 } });
    expect(await store.loadEvidenceBytes(oldItem.id)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect((await store.loadEvidenceBytes(openItem.id)).ok).toBe(true);
    expect((await store.db.evidence.get(oldItem.id))?.purgedAt).toBeDefined();
    const bundle = await store.loadCaseBundle(old);
    expect(bundle.ok && bundle.value.events.at(-1)).toMatchObject({
      type: 'evidence_purged',
      data: { evidenceIds: [oldItem.id], retentionDays: 180 },
    });
    expect(await store.verifyCase(old)).toEqual({ ok: true });
    expect(await store.purgeExpiredEvidence(now, 180)).toEqual({ ok: true, value: { cases: 0, files: 0 } });
  });

  it('refuses a negative retention', async () => {
    const store = makeCaseStore();
    expect(await store.purgeExpiredEvidence(new Date(), -1)).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });
});

describe('deleteCase', () => {
  it('deletes the case with its events, notes, evidence and bytes, and nothing of other cases', async () => {
    const store = makeCaseStore();
    const gone = await newCase(store, 'GONE');
    const kept = await newCase(store, 'KEPT');
    await attach(store, gone);
    await attach(store, kept);
    await store.addNote(gone, 'to be deleted');
    expect(await store.deleteCase(gone)).toEqual({ ok: true, value: { id: gone } });
    expect(await store.getCase(gone)).toBeUndefined();
    const left = await Promise.all([
      store.db.cases.count(),
      store.db.events.count(),
      store.db.evidence.count(),
      store.db.evidenceBlobs.count(),
    ]);
    // The note went with its event: the kept case has its capture and its evidence event left.
    expect(left).toEqual([1, 2, 1, 1]);
    expect(await store.verifyCase(kept)).toEqual({ ok: true });
    expect(await store.deleteCase(gone)).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
