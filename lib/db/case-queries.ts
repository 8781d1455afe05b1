import type { CaseRecord, CaseStatus } from '../schema/case';
import type { CaseBundle } from '../schema/case-export';
import type { CaseEvent } from '../schema/event';
import type { VerdictAction } from '../schema/verdict';
import { notesOfEvents } from './case-notes';
import { SEARCH_KEY_LENGTH } from './case-search';
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
async function anyOfKeys(
  ctx: StoreContext,
  index: 'status' | 'action',
  values: readonly string[],
): Promise<Set<string>> {
  const lists = await Promise.all([...new Set(values)].map((v) => ctx.db.cases.where(index).equals(v).primaryKeys()));
  return new Set(lists.flat());
}

/**
 * The least string above every string that starts with prefix (so [prefix, end) holds exactly those strings),
 * or null when no string is above them all.
 */
function prefixEnd(prefix: string): string | null {
  // Nothing sorts after U+FFFF, so trailing ones narrow nothing: bump the last code unit before them.
  const stem = prefix.replace(/\uffff+$/, '');
  if (!stem) return null;
  return stem.slice(0, -1) + String.fromCharCode(stem.charCodeAt(stem.length - 1) + 1);
}

/**
 * Ids of cases whose search text contains the query: one range of the search-key index, then, for a query
 * longer than a key, a check against the whole text of the few cases that range finds.
 */
async function matchingSearch(ctx: StoreContext, query: string): Promise<Set<string>> {
  const head = query.slice(0, SEARCH_KEY_LENGTH);
  const end = prefixEnd(head);
  const keys = ctx.db.caseSearch.where('keys');
  const ids = new Set(
    await (end === null ? keys.aboveOrEqual(head) : keys.between(head, end, true, false)).primaryKeys(),
  );
  if (query.length <= SEARCH_KEY_LENGTH) return ids;
  const found = new Set<string>();
  for (const row of await ctx.db.caseSearch.bulkGet([...ids])) if (row?.search.includes(query)) found.add(row.id);
  return found;
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The order of the updatedAt index walked backwards: ties fall to the higher id first. */
const mostRecentFirst = (a: CaseRecord, b: CaseRecord) =>
  byCodeUnits(b.updatedAt, a.updatedAt) || byCodeUnits(b.id, a.id);

/**
 * Cases matching the filter, most recently updated first. Filters work on index keys only; the matching
 * records are read last, and only up to the limit, so the list stays fast with many thousand cases.
 */
export async function listCases(ctx: StoreContext, filter: CaseFilter = {}): Promise<CaseRecord[]> {
  const { db } = ctx;
  const limit = filter.limit ?? Infinity;
  if (limit <= 0) return [];
  const query = filter.query?.trim().toLowerCase();
  return db.transaction('r', query ? [db.cases, db.caseSearch] : [db.cases], async () => {
    const sets: Set<string>[] = [];
    if (filter.status?.length) sets.push(await anyOfKeys(ctx, 'status', filter.status));
    if (filter.action?.length) sets.push(await anyOfKeys(ctx, 'action', filter.action));
    if (filter.deadlineWithinHours !== undefined) {
      const now = ctx.now();
      const until = new Date(now.getTime() + filter.deadlineWithinHours * 3_600_000);
      sets.push(
        new Set(
          await db.cases.where('deadline').between(now.toISOString(), until.toISOString(), true, true).primaryKeys(),
        ),
      );
    }
    if (query) sets.push(await matchingSearch(ctx, query));
    const recent = db.cases.orderBy('updatedAt').reverse();
    if (!sets.length) return Number.isFinite(limit) ? recent.limit(limit).toArray() : recent.toArray();
    const smallest = sets.reduce((a, b) => (b.size < a.size ? b : a));
    const matching = [...smallest].filter((id) => sets.every((s) => s.has(id)));
    // All the matches fit the limit: read them and sort, instead of walking the whole updatedAt index.
    if (matching.length <= limit) {
      const found = await db.cases.bulkGet(matching);
      return found.filter((c): c is CaseRecord => c !== undefined).sort(mostRecentFirst);
    }
    const wanted = new Set(matching);
    const ids: string[] = [];
    await recent
      .until(() => ids.length >= limit)
      .eachPrimaryKey((id) => {
        if (wanted.has(id) && ids.length < limit) ids.push(id);
      });
    const found = await db.cases.bulkGet(ids);
    return found.filter((c): c is CaseRecord => c !== undefined);
  });
}

/** A case's events, sorted by seq. */
export async function caseEvents(ctx: StoreContext, caseId: string): Promise<CaseEvent[]> {
  return ctx.db.events.where('[caseId+seq]').between([caseId, -Infinity], [caseId, Infinity]).toArray();
}

/**
 * What a bundle holds beside the case, its notes taken from its events; read by case id alone, so it can be
 * read alongside the case.
 */
async function attachments(ctx: StoreContext, id: string, withBytes: boolean): Promise<Omit<CaseBundle, 'case'>> {
  const { db } = ctx;
  const [events, evidence] = await Promise.all([caseEvents(ctx, id), db.evidence.where('caseId').equals(id).toArray()]);
  evidence.sort((a, b) => a.addedAt.localeCompare(b.addedAt) || a.id.localeCompare(b.id));
  const bytes: Record<string, Uint8Array> = {};
  if (withBytes) {
    const blobs = await db.evidenceBlobs.bulkGet(evidence.map((e) => e.id));
    for (const blob of blobs) if (blob) bytes[blob.id] = blob.bytes;
  }
  return { events, notes: notesOfEvents(events), evidence, bytes };
}

/**
 * Cases with their events (by sequence), notes and evidence metadata, and with bytes: true the evidence bytes;
 * all requests go out at once. Must run inside a transaction over every table; not_found names the first
 * missing case.
 */
export async function readCaseBundles(
  ctx: StoreContext,
  ids: readonly string[],
  options: { bytes?: boolean } = {},
): Promise<CaseBundle[]> {
  const [records, attached] = await Promise.all([
    ctx.db.cases.bulkGet([...ids]),
    Promise.all(ids.map((id) => attachments(ctx, id, !!options.bytes))),
  ]);
  return ids.map((id, i) => {
    const record = records[i];
    const rest = attached[i];
    if (!record || !rest) throw new DbFailure('not_found', `No case ${id}.`);
    return { case: record, ...rest };
  });
}

/** A case with its events (by sequence), notes and evidence metadata; with bytes: true, the evidence bytes too. */
export async function loadCaseBundle(
  ctx: StoreContext,
  id: string,
  options: { bytes?: boolean } = {},
): Promise<DbResult<CaseBundle>> {
  const { db } = ctx;
  return attempt(async () => {
    const [bundle] = await db.transaction('r', db.all, () => readCaseBundles(ctx, [id], options));
    if (!bundle) throw new DbFailure('not_found', `No case ${id}.`);
    return bundle;
  });
}

/** The bytes of one evidence file; not_found once purged or removed. */
export async function loadEvidenceBytes(ctx: StoreContext, evidenceId: string): Promise<DbResult<Uint8Array>> {
  return attempt(async () => {
    const blob = await ctx.db.evidenceBlobs.get(evidenceId);
    if (!blob) throw new DbFailure('not_found', `No stored bytes for evidence ${evidenceId}.`);
    return blob.bytes;
  });
}
