import { formatZodError } from '../errors';
import { StatusTransition, VerdictSnapshot, type CaseRecord } from '../schema/case';
import { EventBody } from '../schema/event';
import { Order, type OrderKey } from '../schema/order';
import type { VerdictAction } from '../schema/verdict';
import { canTransition } from './case-workflow';
import { attempt, DbFailure, failed, type DbResult } from './db-result';
import { ledgerRowOfCase, tombstoned } from './ledger-row';
import type { Actor, StoreContext } from './store-context';
import { appendToCase, caseTransaction, eventTransaction, requireHead, writeEvent } from './write-event';

/** Appends an event that needs no bytes (everything but evidence_added, which goes through addEvidence). */
export async function appendEvent(
  ctx: StoreContext,
  caseId: string,
  body: EventBody,
  actor?: Actor,
): Promise<DbResult<CaseRecord>> {
  const parsed = EventBody.safeParse(body);
  if (!parsed.success) return failed('invalid', `The event is not valid: ${formatZodError(parsed.error)}`);
  if (parsed.data.type === 'evidence_added')
    return failed('invalid', 'Add evidence with addEvidence, which stores its bytes.');
  return appendToCase(ctx, caseId, parsed.data, actor);
}

/** Stores the agent's value for one order field (validated like the Order); undefined clears the edit. */
export async function editCaseField(
  ctx: StoreContext,
  caseId: string,
  key: OrderKey,
  value: unknown,
  actor?: Actor,
): Promise<DbResult<CaseRecord>> {
  if (!Object.hasOwn(Order.shape, key)) return failed('invalid', `${String(key)} is not an order field.`);
  if (value !== undefined) {
    const parsed = Order.shape[key].safeParse(value);
    if (!parsed.success) return failed('invalid', `Invalid ${key}: ${formatZodError(parsed.error)}`);
    return appendEvent(ctx, caseId, { type: 'field_edited', data: { key, value: parsed.data } }, actor);
  }
  return appendEvent(ctx, caseId, { type: 'field_edited', data: { key } }, actor);
}

/** Adds a plain-text note. */
export async function addNote(
  ctx: StoreContext,
  caseId: string,
  text: string,
  actor?: Actor,
): Promise<DbResult<CaseRecord>> {
  const trimmed = text.trim();
  if (!trimmed) return failed('invalid', 'A note needs some text.');
  return appendEvent(ctx, caseId, { type: 'note_added', data: { noteId: crypto.randomUUID(), text: trimmed } }, actor);
}

/** Moves the case along its workflow; a move the workflow does not allow fails with "invalid". */
export async function setStatus(
  ctx: StoreContext,
  caseId: string,
  transition: StatusTransition,
  actor?: Actor,
): Promise<DbResult<CaseRecord>> {
  const parsed = StatusTransition.safeParse(transition);
  if (!parsed.success) return failed('invalid', `The status change is not valid: ${formatZodError(parsed.error)}`);
  const move = parsed.data;
  return attempt(() =>
    eventTransaction(ctx, 'status_changed', async () => {
      const head = await requireHead(ctx, caseId);
      const { current } = head;
      if (!canTransition(current.status, move.to)) {
        throw new DbFailure('invalid', `A case cannot go from ${current.status} to ${move.to}.`);
      }
      const { to, ...details } = move;
      return writeEvent(
        ctx,
        head,
        caseId,
        { type: 'status_changed', data: { from: current.status, to, ...details } },
        actor,
      );
    }),
  );
}

function utcInstant(iso: string): string | null {
  try {
    return new Date(Temporal.Instant.from(iso).epochMilliseconds).toISOString();
  } catch {
    // Not an instant: the caller refuses the deadline with a message saying so.
    return null;
  }
}

/** Stores the verdict computed for the case, with its deadline (any offset; stored as UTC) and action. */
export async function recordVerdict(
  ctx: StoreContext,
  caseId: string,
  verdictSnapshot: Record<string, unknown>,
  deadline: string | null,
  action: VerdictAction | null,
  actor?: Actor,
): Promise<DbResult<CaseRecord>> {
  const verdict = VerdictSnapshot.safeParse(verdictSnapshot);
  if (!verdict.success) return failed('invalid', 'The verdict must be a plain object.');
  const utc = deadline === null ? null : utcInstant(deadline);
  if (deadline !== null && utc === null)
    return failed('invalid', `The deadline ${deadline} is not an ISO instant with an offset.`);
  return appendEvent(
    ctx,
    caseId,
    { type: 'verdict_computed', data: { verdict: verdict.data, deadline: utc, action } },
    actor,
  );
}

/**
 * Deletes a case with all its events (its notes with them), evidence and bytes, and records a tombstone in its
 * ledger row (when, and the head the ledger held for it), so the deletion leaves a trace and the case cannot
 * come back with another history. The ledger's head is kept even when the case was cut short behind its back.
 */
export async function deleteCase(ctx: StoreContext, caseId: string): Promise<DbResult<{ id: string }>> {
  const { db } = ctx;
  return attempt(() =>
    caseTransaction(ctx, async () => {
      const head = await requireHead(ctx, caseId);
      const row = head.row ?? ledgerRowOfCase(head.current);
      const evidenceIds = await db.evidence.where('caseId').equals(caseId).primaryKeys();
      await db.evidenceBlobs.bulkDelete(evidenceIds);
      await db.evidence.bulkDelete(evidenceIds);
      await db.noteMismatches.delete(caseId);
      await db.events.where('[caseId+seq]').between([caseId, -Infinity], [caseId, Infinity]).delete();
      await db.cases.delete(caseId);
      await db.caseSearch.delete(caseId);
      await db.ledger.put(tombstoned(row, ctx.now().toISOString(), 'delete'));
      return { id: caseId };
    }),
  );
}
