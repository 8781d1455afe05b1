import type { CaseRecord } from '../schema/case';
import type { CaseBundle } from '../schema/case-export';
import type { CaseEvent, EventActor, EventBody, EventType, ExportFormat } from '../schema/event';
import type { LedgerRow } from '../schema/ledger';
import { plainJson } from './canonical-json';
import { findCardNumber } from './card-number-guard';
import { applyEvent, evidenceOf } from './case-reducer';
import { caseSearchRow } from './case-search';
import { attempt, DbFailure, type DbResult } from './db-result';
import { GENESIS_HASH, sealEvent } from './event-chain';
import { eventTables } from './event-tables';
import { guardLedger } from './ledger-guard';
import { ledgerRowAfter } from './ledger-row';
import type { Actor, StoreContext } from './store-context';

function eventActor(actor: Actor | undefined, current: CaseRecord | null): EventActor {
  const agent = actor?.agent?.trim() || current?.agent || null;
  if (actor?.ruleSetId) return { agent, ruleSetId: actor.ruleSetId, ruleSetVersion: actor.ruleSetVersion ?? null };
  return { agent, ruleSetId: current?.ruleSetId ?? null, ruleSetVersion: current?.ruleSetVersion ?? null };
}

/** Refuses any text that carries a full card number, wherever it sits in what is about to be stored. */
export function guardCardNumbers(value: unknown, what: string): void {
  const path = findCardNumber(value);
  if (path)
    throw new DbFailure(
      'invalid',
      `${what} holds what looks like a full card number (at ${path}); mask it before saving.`,
    );
}

/**
 * Issues the writes an event implies beyond its case, chain and ledger row, all at once; a failed one aborts
 * all. A note has none: its event is where it lives (case-notes.ts).
 */
function sideTableWrites(ctx: StoreContext, event: CaseEvent, bytes: Uint8Array | undefined): Promise<unknown>[] {
  const { db } = ctx;
  const evidence = evidenceOf(event);
  if (evidence) {
    if (!bytes) throw new DbFailure('invalid', 'evidence needs its bytes');
    return [db.evidence.add(evidence), db.evidenceBlobs.add({ id: evidence.id, bytes })];
  }
  if (event.type === 'evidence_removed')
    return [db.evidence.delete(event.data.evidenceId), db.evidenceBlobs.delete(event.data.evidenceId)];
  if (event.type === 'evidence_purged') {
    return [
      db.evidence.where('id').anyOf(event.data.evidenceIds).modify({ purgedAt: event.at }),
      db.evidenceBlobs.bulkDelete(event.data.evidenceIds),
    ];
  }
  return [];
}

/** The evidence ids an event refers to, which must exist on its case. */
function evidenceRefs(body: EventBody): string[] {
  if (body.type === 'evidence_removed') return [body.data.evidenceId];
  return body.type === 'evidence_purged' ? body.data.evidenceIds : [];
}

/** Evidence ids an event refers to must exist on the case (and, for a purge, still hold bytes). */
async function checkEvidenceRefs(ctx: StoreContext, caseId: string, body: EventBody, ids: string[]): Promise<void> {
  const found = await ctx.db.evidence.bulkGet(ids);
  for (const [i, item] of found.entries()) {
    if (!item || item.caseId !== caseId) throw new DbFailure('not_found', `No evidence ${ids[i]} on this case.`);
    if (body.type === 'evidence_purged' && item.purgedAt)
      throw new DbFailure('invalid', `Evidence ${ids[i]} was already purged.`);
  }
}

interface NextEvent {
  event: CaseEvent;
  record: CaseRecord;
  ledger: LedgerRow;
}

/**
 * The next event of a case (sealed onto its head), the case after it and its ledger row after it, built in
 * memory; refused unless the case stands where its ledger row says and the clock has not gone back.
 */
function nextEvent(
  ctx: StoreContext,
  current: CaseRecord | null,
  row: LedgerRow | undefined,
  caseId: string,
  plain: EventBody,
  actor?: Actor,
): NextEvent {
  const head = current ?? { eventCount: 0, lastHeadHash: GENESIS_HASH };
  const at = ctx.now().toISOString();
  guardLedger(caseId, current, row, at);
  const event = sealEvent(
    { caseId, eventCount: head.eventCount, lastHeadHash: head.lastHeadHash },
    plain,
    eventActor(actor, current),
    at,
    crypto.randomUUID(),
  );
  const next = applyEvent(current, event);
  if (!next.ok) throw new DbFailure('invalid', next.message);
  return { event, record: next.value, ledger: ledgerRowAfter(row, event) };
}

/** A case as a write finds it (null before its first event), with its ledger row. */
export interface CaseHead {
  current: CaseRecord | null;
  row: LedgerRow | undefined;
}

/** The ledger row of a case already read, or of the id a new case is about to take. */
export async function headOf(ctx: StoreContext, current: CaseRecord | null, caseId: string): Promise<CaseHead> {
  return { current, row: await ctx.db.ledger.get(caseId) };
}

/**
 * Appends one event to a case (creating it when `head.current` is null) and writes everything it implies, its
 * ledger row included. Must run inside a read-write transaction over at least eventTables(body.type); does no
 * non-IndexedDB asynchronous work. The writes are issued together rather than one after another: they run in
 * order within the transaction either way, and a failed one aborts it all, but waiting on each cost a round
 * trip apiece.
 */
export async function writeEvent(
  ctx: StoreContext,
  head: CaseHead,
  caseId: string,
  body: EventBody,
  actor?: Actor,
  bytes?: Uint8Array,
): Promise<CaseRecord> {
  const { current, row } = head;
  const plain = plainJson(body);
  guardCardNumbers(plain, 'This change');
  const refs = evidenceRefs(plain);
  if (refs.length) await checkEvidenceRefs(ctx, caseId, plain, refs);
  const { event, record, ledger } = nextEvent(ctx, current, row, caseId, plain, actor);
  // First, so that a refusal there leaves no write issued and unawaited.
  const side = sideTableWrites(ctx, event, bytes);
  await Promise.all([
    ctx.db.events.add(event),
    ctx.db.cases.put(record),
    ctx.db.ledger.put(ledger),
    record.search !== current?.search ? ctx.db.caseSearch.put(caseSearchRow(record)) : undefined,
    ...side,
  ]);
  return record;
}

/**
 * Records an "exported" event on each listed case (a case listed twice gets two): each is chained in memory
 * onto its bundle (as read in this transaction), which is moved on to the new head with its ledger row, and
 * all are written in three bulk requests rather than a request-and-wait per case. Must run inside a
 * read-write transaction over all tables. The bundles, in the order listed.
 */
export async function writeExportedEvents(
  ctx: StoreContext,
  bundles: ReadonlyMap<string, CaseBundle>,
  caseIds: readonly string[],
  format: ExportFormat,
  actor?: Actor,
): Promise<CaseBundle[]> {
  const plain = plainJson<EventBody>({ type: 'exported', data: { format } });
  const ids = [...new Set(caseIds)];
  const found = await ctx.db.ledger.bulkGet(ids);
  const rows = new Map(ids.map((id, i) => [id, found[i]]));
  const events: CaseEvent[] = [];
  const listed = caseIds.map((id) => {
    const bundle = bundles.get(id);
    if (!bundle) throw new DbFailure('not_found', `No case ${id}.`);
    const { event, record, ledger } = nextEvent(ctx, bundle.case, rows.get(id), id, plain, actor);
    events.push(event);
    bundle.events.push(event);
    bundle.case = record;
    rows.set(id, ledger);
    return bundle;
  });
  const ledger = [...rows.values()].filter((row): row is LedgerRow => row !== undefined);
  await Promise.all([
    ctx.db.events.bulkAdd(events),
    ctx.db.cases.bulkPut([...new Set(listed)].map((b) => b.case)),
    ctx.db.ledger.bulkPut(ledger),
  ]);
  return listed;
}

/** Loads a case and its ledger row inside a transaction, in one round trip, or fails with not_found. */
export async function requireHead(ctx: StoreContext, caseId: string): Promise<CaseHead & { current: CaseRecord }> {
  const [current, row] = await Promise.all([ctx.db.cases.get(caseId), ctx.db.ledger.get(caseId)]);
  if (!current) throw new DbFailure('not_found', `No case ${caseId}.`);
  return { current, row };
}

/**
 * Appends one event to an existing case in its own transaction, over the tables that event touches; any
 * failure comes back as a DbResult.
 */
export function appendToCase(
  ctx: StoreContext,
  caseId: string,
  body: EventBody,
  actor?: Actor,
  bytes?: Uint8Array,
): Promise<DbResult<CaseRecord>> {
  return attempt(() =>
    eventTransaction(ctx, body.type, async () =>
      writeEvent(ctx, await requireHead(ctx, caseId), caseId, body, actor, bytes),
    ),
  );
}

/** Runs one user action as one read-write transaction over every table: all of it is saved, or none. */
export function caseTransaction<T>(ctx: StoreContext, run: () => Promise<T>): Promise<T> {
  return ctx.db.transaction('rw', ctx.db.all, run);
}

/** Runs a write of one event of that type as one read-write transaction over the tables it touches. */
export function eventTransaction<T>(ctx: StoreContext, type: EventType, run: () => Promise<T>): Promise<T> {
  return ctx.db.transaction('rw', eventTables(ctx.db, type), run);
}
