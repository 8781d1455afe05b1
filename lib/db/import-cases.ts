import type { CaseBundle } from '../schema/case-export';
import type { CaseEvent } from '../schema/event';
import type { LedgerRow } from '../schema/ledger';
import { parseCaseImport } from '../export/parse-case-import';
import { reason } from '../export/import-reason';
import { attempt, DbFailure, failed, type DbResult } from './db-result';
import { caseEvents } from './case-queries';
import { caseSearchRow } from './case-search';
import { ledgerRowAfter } from './ledger-row';
import type { StoreContext } from './store-context';
import { caseTransaction } from './write-event';

export interface ImportSummary {
  /** Cases that were not in the database (a deleted case imported again among them). */
  added: string[];
  /** Stored cases whose history the file continues. */
  updated: string[];
  /** Cases already stored with the same or a longer history. */
  unchanged: string[];
}

/** Writes the file's case over whatever is stored of it, and moves its ledger row on to the file's head. */
async function replaceCase(ctx: StoreContext, bundle: CaseBundle, row: LedgerRow | undefined): Promise<void> {
  const { db } = ctx;
  const id = bundle.case.id;
  const last = bundle.events.at(-1);
  if (!last) throw new DbFailure('invalid', `Case ${id} in the file has no events.`, reason('noEvents', { id }));
  const oldEvidence = await db.evidence.where('caseId').equals(id).primaryKeys();
  const keep = new Set(bundle.evidence.filter((e) => !e.purgedAt).map((e) => e.id));
  await db.evidenceBlobs.bulkDelete(oldEvidence.filter((e) => !keep.has(e)));
  await db.evidence.where('caseId').equals(id).delete();
  // The file's history replaces the stored one, and with it any note rows an older version kept as mismatched.
  await db.noteMismatches.delete(id);
  await db.events.where('[caseId+seq]').between([id, -Infinity], [id, Infinity]).delete();
  await db.cases.put(bundle.case);
  await db.caseSearch.put(caseSearchRow(bundle.case));
  await db.events.bulkAdd(bundle.events);
  await db.evidence.bulkAdd(bundle.evidence);
  await db.evidenceBlobs.bulkPut(
    Object.entries(bundle.bytes).map(([evidenceId, bytes]) => ({ id: evidenceId, bytes })),
  );
  await db.ledger.put(ledgerRowAfter(row, last));
}

/** Adds the bytes the file carries that the database lacks (a JSON-only import earlier, say). */
async function fillBytes(ctx: StoreContext, bundle: CaseBundle): Promise<void> {
  const ids = Object.keys(bundle.bytes);
  const have = await ctx.db.evidenceBlobs.bulkGet(ids);
  const stored = await ctx.db.evidence.bulkGet(ids);
  const rows = ids
    .filter((id, i) => !have[i] && stored[i] && !stored[i]?.purgedAt)
    .map((id) => ({ id, bytes: bundle.bytes[id] as Uint8Array }));
  if (rows.length) await ctx.db.evidenceBlobs.bulkAdd(rows);
}

/** Index of the first event two histories of one case do not share, or -1 when one begins the other. */
function firstFork(ours: readonly CaseEvent[], theirs: readonly CaseEvent[]): number {
  const shared = Math.min(ours.length, theirs.length);
  for (let i = 0; i < shared; i++) if (ours[i]?.hash !== theirs[i]?.hash) return i;
  return -1;
}

/**
 * Before a file's case is written, its history must continue the head this database's ledger recorded for
 * it, live or deleted: the same first N events, N being the recorded count. A file re-sealed after an edit
 * forks before that head, and an older copy stops short of it; either is refused. A deleted case whose file
 * does continue its head may come back: it is the same history, and the tombstone stays in its row.
 */
function requireContinues(bundle: CaseBundle, row: LedgerRow): void {
  const n = row.eventCount;
  const theirs = bundle.events;
  const which = `Case ${bundle.case.orderNo} (${bundle.case.id})`;
  const known = row.deletedAt
    ? `was deleted here on ${row.deletedAt} with ${n} events`
    : `has ${n} events in this database's ledger`;
  const params = { order: bundle.case.orderNo, id: bundle.case.id, recorded: n, held: theirs.length };
  const deleted = row.deletedAt ? { deletedAt: row.deletedAt } : null;
  if (theirs.length < n) {
    throw new DbFailure(
      'conflict',
      `${which} ${known}; the file holds only ${theirs.length}, so importing it would take the case back to an older history. Nothing was imported.`,
      deleted ? reason('olderHistoryDeleted', { ...params, ...deleted }) : reason('olderHistory', params),
    );
  }
  if (theirs[n - 1]?.hash !== row.lastHash) {
    throw new DbFailure(
      'conflict',
      `${which} ${known}, and the file holds a different history that does not lead to the ledger's event ${n}: it was changed after export (and sealed again), or went on apart from this copy. Nothing was imported.`,
      deleted ? reason('otherHistoryDeleted', { ...params, ...deleted }) : reason('otherHistory', params),
    );
  }
}

async function importOne(ctx: StoreContext, bundle: CaseBundle, summary: ImportSummary): Promise<void> {
  const { db } = ctx;
  const id = bundle.case.id;
  const [existing, row] = await Promise.all([db.cases.get(id), db.ledger.get(id)]);
  if (!existing) {
    if (row) requireContinues(bundle, row);
    const clash = await db.cases.where('[origin+orderNo]').equals([bundle.case.origin, bundle.case.orderNo]).first();
    if (clash)
      throw new DbFailure(
        'conflict',
        `Order ${bundle.case.orderNo} on ${bundle.case.origin} is already case ${clash.id}; the file's case ${id} is another one.`,
        reason('orderClash', { order: bundle.case.orderNo, origin: bundle.case.origin, stored: clash.id, id }),
      );
    await replaceCase(ctx, bundle, row);
    summary.added.push(id);
    return;
  }
  const theirs = bundle.events;
  const ours = await caseEvents(ctx, id);
  const fork = firstFork(ours, theirs);
  if (fork >= 0) {
    throw new DbFailure(
      'conflict',
      `Case ${id} (order ${existing.orderNo}) has a different history here than in the file from event ${fork + 1} on; nothing was imported.`,
      reason('fork', { id, order: existing.orderNo, event: fork + 1 }),
    );
  }
  if (theirs.length > ours.length) {
    // A stored case the ledger never recorded was put here behind the store's back; the file cannot vouch for it.
    if (!row)
      throw new DbFailure(
        'tampered',
        `Case ${id} (order ${existing.orderNo}) is not in this database's ledger; check it before importing over it.`,
        reason('notInLedger', { id, order: existing.orderNo }),
      );
    requireContinues(bundle, row);
    await replaceCase(ctx, bundle, row);
    summary.updated.push(id);
  } else {
    await fillBytes(ctx, bundle);
    summary.unchanged.push(id);
  }
}

/**
 * Imports a case JSON or ZIP. Everything is checked first (see parseCaseImport); then all cases are written
 * in one transaction, each only if it continues what this database's ledger recorded for it, so a bad file
 * or a conflict changes nothing. Importing the same file twice is a no-op.
 */
export async function importCases(
  ctx: StoreContext,
  input: Uint8Array | string,
  fileName?: string,
): Promise<DbResult<ImportSummary>> {
  const parsed = parseCaseImport(input, fileName);
  if (!parsed.ok) {
    const { code, file, path, message, reason: why } = parsed.error;
    return failed(code, `${file}, ${path}: ${message}`, why);
  }
  return attempt(() =>
    caseTransaction(ctx, async () => {
      const summary: ImportSummary = { added: [], updated: [], unchanged: [] };
      for (const bundle of parsed.value) await importOne(ctx, bundle, summary);
      return summary;
    }),
  );
}
