import type { CaseRecord, CaseStatus } from '../schema/case';
import type { CaseBundle } from '../schema/case-export';
import type { CaseEvent } from '../schema/event';
import type { VerdictAction } from '../schema/verdict';
import { attempt, DbFailure, type DbResult } from './db-result';
import type { StoreContext } from './store-context';

export interface CaseFilter {
  /** Substring of the order number, merchant name or merchant id; case does not matter. */
  query?: string;
  status?: CaseStatus[];
  action?: VerdictAction[];
  /** Cases whose deadline falls between now and this many hours from now. */
  deadlineWithinHours?: number;
  limit?: number;
}

/** One case, or undefined when there is none with that id. */
export async function getCase(ctx: StoreContext, id: string): Promise<CaseRecord | undefined> {
  return ctx.db.cases.get(id);
}

/** Ids of cases whose index holds any of the values; one key range per value, as anyOf walks a cursor. */
async function anyOfKeys(ctx: StoreContext, index: 'status' | 'action', values: readonly string[]): Promise<Set<string>> {
  const lists = await Promise.all([...new Set(values)].map((v) => ctx.db.cases.where(index).equals(v).primaryKeys()));
  return new Set(lists.flat());
}

async function matchingSearch(ctx: StoreContext, query: string): Promise<string[]> {
  const ids: string[] = [];
  await ctx.db.cases.orderBy('search').eachKey((key, cursor) => {
    if (String(key).includes(query)) ids.push(cursor.primaryKey as string);
  });
  return ids;
}

/**
 * Cases matching the filter, most recently updated first. Filters work on index keys only; the matching
 * records are read last, and only up to the limit, so the list stays fast with many thousand cases.
 */
export async function listCases(ctx: StoreContext, filter: CaseFilter = {}): Promise<CaseRecord[]> {
  const { db } = ctx;
  const limit = filter.limit ?? Infinity;
  if (limit <= 0) return [];
  return db.transaction('r', db.cases, async () => {
    const sets: Set<string>[] = [];
    if (filter.status?.length) sets.push(await anyOfKeys(ctx, 'status', filter.status));
    if (filter.action?.length) sets.push(await anyOfKeys(ctx, 'action', filter.action));
    if (filter.deadlineWithinHours !== undefined) {
      const now = ctx.now();
      const until = new Date(now.getTime() + filter.deadlineWithinHours * 3_600_000);
      sets.push(new Set(await db.cases.where('deadline').between(now.toISOString(), until.toISOString(), true, true).primaryKeys()));
    }
    const query = filter.query?.trim().toLowerCase();
    if (query) sets.push(new Set(await matchingSearch(ctx, query)));
    const recent = db.cases.orderBy('updatedAt').reverse();
    if (!sets.length) return Number.isFinite(limit) ? recent.limit(limit).toArray() : recent.toArray();
    if (sets.some((s) => s.size === 0)) return [];
    const wanted = (id: string) => sets.every((s) => s.has(id));
    const ids: string[] = [];
    await recent.until(() => ids.length >= limit).eachPrimaryKey((id) => {
      if (wanted(id) && ids.length < limit) ids.push(id);
    });
    const found = await db.cases.bulkGet(ids);
    return found.filter((c): c is CaseRecord => c !== undefined);
  });
}

/** A case's events, sorted by seq. */
export async function caseEvents(ctx: StoreContext, caseId: string): Promise<CaseEvent[]> {
  return ctx.db.events.where('[caseId+seq]').between([caseId, -Infinity], [caseId, Infinity]).toArray();
}

/** A case with its events (by sequence), notes and evidence metadata; with bytes: true, the evidence bytes too. */
export async function loadCaseBundle(ctx: StoreContext, id: string, options: { bytes?: boolean } = {}): Promise<DbResult<CaseBundle>> {
  const { db } = ctx;
  return attempt(() =>
    db.transaction('r', db.all, async () => {
      const record = await db.cases.get(id);
      if (!record) throw new DbFailure('not_found', `No case ${id}.`);
      const [events, notes, evidence] = await Promise.all([
        caseEvents(ctx, id),
        db.notes.where('caseId').equals(id).toArray(),
        db.evidence.where('caseId').equals(id).toArray(),
      ]);
      notes.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
      evidence.sort((a, b) => a.addedAt.localeCompare(b.addedAt) || a.id.localeCompare(b.id));
      const bytes: Record<string, Uint8Array> = {};
      if (options.bytes) {
        const blobs = await db.evidenceBlobs.bulkGet(evidence.map((e) => e.id));
        for (const blob of blobs) if (blob) bytes[blob.id] = blob.bytes;
      }
      return { case: record, events, notes, evidence, bytes };
    }),
  );
}

/** The bytes of one evidence file; not_found once purged or removed. */
export async function loadEvidenceBytes(ctx: StoreContext, evidenceId: string): Promise<DbResult<Uint8Array>> {
  return attempt(async () => {
    const blob = await ctx.db.evidenceBlobs.get(evidenceId);
    if (!blob) throw new DbFailure('not_found', `No stored bytes for evidence ${evidenceId}.`);
    return blob.bytes;
  });
}

