import type { CaseBundle } from '../schema/case-export';
import { parseCaseImport } from '../export/parse-case-import';
import { attempt, DbFailure, failed, type DbResult } from './db-result';
import { caseEvents } from './case-queries';
import { caseSearchRow } from './case-search';
import type { StoreContext } from './store-context';
import { caseTransaction } from './write-event';

export interface ImportSummary {
  /** Cases that were not in the database. */
  added: string[];
  /** Stored cases whose history the file continues. */
  updated: string[];
  /** Cases already stored with the same or a longer history. */
  unchanged: string[];
}

async function replaceCase(ctx: StoreContext, bundle: CaseBundle): Promise<void> {
  const { db } = ctx;
  const id = bundle.case.id;
  const oldEvidence = await db.evidence.where('caseId').equals(id).primaryKeys();
  const keep = new Set(bundle.evidence.filter((e) => !e.purgedAt).map((e) => e.id));
  await db.evidenceBlobs.bulkDelete(oldEvidence.filter((e) => !keep.has(e)));
  await db.evidence.where('caseId').equals(id).delete();
  await db.notes.where('caseId').equals(id).delete();
  await db.events.where('[caseId+seq]').between([id, -Infinity], [id, Infinity]).delete();
  await db.cases.put(bundle.case);
  await db.caseSearch.put(caseSearchRow(bundle.case));
  await db.events.bulkAdd(bundle.events);
  await db.notes.bulkAdd(bundle.notes);
  await db.evidence.bulkAdd(bundle.evidence);
  await db.evidenceBlobs.bulkPut(Object.entries(bundle.bytes).map(([evidenceId, bytes]) => ({ id: evidenceId, bytes })));
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

async function importOne(ctx: StoreContext, bundle: CaseBundle, summary: ImportSummary): Promise<void> {
  const { db } = ctx;
  const id = bundle.case.id;
  const existing = await db.cases.get(id);
  if (!existing) {
    const clash = await db.cases.where('[origin+orderNo]').equals([bundle.case.origin, bundle.case.orderNo]).first();
    if (clash) throw new DbFailure('conflict', `Order ${bundle.case.orderNo} on ${bundle.case.origin} is already case ${clash.id}; the file's case ${id} is another one.`);
    await replaceCase(ctx, bundle);
    summary.added.push(id);
    return;
  }
  const theirs = bundle.events;
  const ours = await caseEvents(ctx, id);
  const shared = Math.min(ours.length, theirs.length);
  if (shared > 0 && ours[shared - 1]?.hash !== theirs[shared - 1]?.hash) {
    throw new DbFailure('conflict', `Case ${id} (order ${existing.orderNo}) has a different history here than in the file; nothing was imported.`);
  }
  if (theirs.length > ours.length) {
    await replaceCase(ctx, bundle);
    summary.updated.push(id);
  } else {
    await fillBytes(ctx, bundle);
    summary.unchanged.push(id);
  }
}

/**
 * Imports a case JSON or ZIP. Everything is checked first (see parseCaseImport); then all cases are written
 * in one transaction, so a bad file or a conflict changes nothing. Importing the same file twice is a no-op.
 */
export async function importCases(ctx: StoreContext, input: Uint8Array | string, fileName?: string): Promise<DbResult<ImportSummary>> {
  const parsed = parseCaseImport(input, fileName);
  if (!parsed.ok) {
    const { code, file, path, message } = parsed.error;
    return failed(code, `${file}, ${path}: ${message}`);
  }
  return attempt(() =>
    caseTransaction(ctx, async () => {
      const summary: ImportSummary = { added: [], updated: [], unchanged: [] };
      for (const bundle of parsed.value) await importOne(ctx, bundle, summary);
      return summary;
    }),
  );
}
