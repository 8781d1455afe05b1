import { describe, expect, it } from 'vitest';
import type { CaseStore } from '../../../lib/db';
import type { CaseStatus, StatusTransition } from '../../../lib/schema/case';
import { makeCaptureInput, makeCaseStore } from '../../builders/case';

type Target = StatusTransition['to'];

const MOVES: Record<Target, StatusTransition> = {
  submitted: { to: 'submitted', channel: 'online_form', requestId: 'REQ-1' },
  under_review: { to: 'under_review' },
  approved: { to: 'approved' },
  rejected: { to: 'rejected', reason: 'Settled already' },
  closed: { to: 'closed' },
};

/** The only moves the acquirer's process allows. */
const ALLOWED = new Set([
  'draft>submitted',
  'draft>closed',
  'submitted>under_review',
  'under_review>approved',
  'under_review>rejected',
  'approved>closed',
  'rejected>closed',
]);

const PATH_TO: Record<CaseStatus, Target[]> = {
  draft: [],
  submitted: ['submitted'],
  under_review: ['submitted', 'under_review'],
  approved: ['submitted', 'under_review', 'approved'],
  rejected: ['submitted', 'under_review', 'rejected'],
  closed: ['submitted', 'under_review', 'approved', 'closed'],
};

async function caseAt(store: CaseStore, status: CaseStatus) {
  const saved = await store.recordCapture(makeCaptureInput());
  if (!saved.ok) throw new Error(saved.error.message);
  for (const step of PATH_TO[status]) {
    const moved = await store.setStatus(saved.value.id, MOVES[step]);
    if (!moved.ok) throw new Error(moved.error.message);
  }
  return saved.value.id;
}

const statuses = Object.keys(PATH_TO) as CaseStatus[];
const targets = Object.keys(MOVES) as Target[];
const pairs = statuses.flatMap((from) => targets.map((to) => [from, to, ALLOWED.has(`${from}>${to}`)] as const));

describe('setStatus', () => {
  it.each(pairs)('%s → %s allowed: %s', async (from, to, allowed) => {
    const store = makeCaseStore();
    const id = await caseAt(store, from);
    const moved = await store.setStatus(id, MOVES[to]);
    if (allowed) {
      expect(moved.ok && moved.value.status).toBe(to);
      expect(await store.verifyCase(id)).toEqual({ ok: true });
    } else {
      expect(moved).toMatchObject({ ok: false, error: { code: 'invalid' } });
      expect((await store.getCase(id))?.status).toBe(from);
    }
  });

  it('records the submission and the rejection reason', async () => {
    const store = makeCaseStore();
    const id = await caseAt(store, 'rejected');
    const c = await store.getCase(id);
    expect(c?.submission).toMatchObject({ channel: 'online_form', requestId: 'REQ-1' });
    expect(c?.rejectionReason).toBe('Settled already');
    expect(c?.statusSince).toBe(c?.updatedAt);
  });

  it.each([
    ['a submission without a request id', { to: 'submitted', channel: 'phone', requestId: '  ' }],
    ['a submission by fax', { to: 'submitted', channel: 'fax', requestId: 'R' }],
    ['a rejection without a reason', { to: 'rejected' }],
    ['an unknown status', { to: 'lost' }],
    ['a move back to draft', { to: 'draft' }],
  ])('refuses %s', async (_name, transition) => {
    const store = makeCaseStore();
    const id = await caseAt(store, 'under_review');
    expect(await store.setStatus(id, transition as StatusTransition)).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
  });
});
