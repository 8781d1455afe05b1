import { exportDB, importInto, peakImportFile } from 'dexie-export-import';
import { CaseDb } from './case-db';
import { searchFields } from './case-fields';
import { caseSearchRow } from './case-search';
import { attempt, DbFailure, type DbResult } from './db-result';
import type { StoreContext } from './store-context';
import { verifyCase } from './verify-case';

/** Tables derived from the cases: a backup leaves them out and a restore rebuilds them, never trusting a file's. */
const DERIVED_TABLES = ['caseSearch'];

/** The whole database as a dexie-export-import JSON blob, evidence bytes included. */
export async function exportDatabase(ctx: StoreContext): Promise<DbResult<Blob>> {
  return attempt(() => exportDB(ctx.db, { prettyJson: false, skipTables: DERIVED_TABLES }));
}

export interface RestoreSummary {
  cases: number;
  events: number;
}

async function readAll(db: CaseDb) {
  const [cases, events, notes, evidence, evidenceBlobs] = await Promise.all([
    db.cases.toArray(),
    db.events.toArray(),
    db.notes.toArray(),
    db.evidence.toArray(),
    db.evidenceBlobs.toArray(),
  ]);
  return { cases, events, notes, evidence, evidenceBlobs };
}

/** Loads a backup into a scratch database and checks every case there; the rows, or a reason to refuse. */
async function loadVerified(ctx: StoreContext, blob: Blob) {
  const meta = await peakImportFile(blob).catch(() => null);
  if (!meta || meta.formatName !== 'dexie') throw new DbFailure('invalid', 'This file is not a CancelDesk backup.');
  const known = new Set(ctx.db.tables.map((t) => t.name));
  const stray = meta.data.tables.find((t) => !known.has(t.name));
  if (stray) throw new DbFailure('invalid', `This backup has a table CancelDesk does not know: ${stray.name}.`);
  if (meta.data.databaseVersion > ctx.db.verno && ctx.db.verno > 0) {
    throw new DbFailure('invalid', 'This backup comes from a newer CancelDesk; update the extension first.');
  }
  const scratch = new CaseDb(`${ctx.db.name}-restore-${crypto.randomUUID()}`);
  try {
    await importInto(scratch, blob, { acceptNameDiff: true, acceptVersionDiff: true, acceptMissingTables: true, clearTablesBeforeImport: true, skipTables: DERIVED_TABLES });
    // A backup from schema version 1 lacks the derived search text; fill it as the version 2 upgrade does.
    await scratch.cases.toCollection().modify((c) => {
      Object.assign(c, searchFields(c));
    });
    const rows = await readAll(scratch);
    const scratchCtx: StoreContext = { db: scratch, now: ctx.now };
    for (const c of rows.cases) {
      const check = await verifyCase(scratchCtx, c.id);
      if (!check.ok) throw new DbFailure('tampered', `Case ${c.orderNo} (${c.id}) in the backup fails its check at event ${check.brokenAt}: ${check.reason}.`);
    }
    const caseIds = new Set(rows.cases.map((c) => c.id));
    const evidenceIds = new Set(rows.evidence.map((e) => e.id));
    const orphan =
      rows.events.some((e) => !caseIds.has(e.caseId)) ||
      rows.notes.some((n) => !caseIds.has(n.caseId)) ||
      rows.evidence.some((e) => !caseIds.has(e.caseId)) ||
      rows.evidenceBlobs.some((b) => !evidenceIds.has(b.id));
    if (orphan) throw new DbFailure('tampered', 'The backup holds records that belong to no case.');
    return rows;
  } finally {
    await scratch.delete().catch(() => undefined);
  }
}

/**
 * Replaces the whole database with a backup. The backup is imported into a scratch database and every case
 * verified there first; only then is the live database swapped in one transaction, so a bad file changes nothing.
 */
export async function importDatabase(ctx: StoreContext, blob: Blob): Promise<DbResult<RestoreSummary>> {
  return attempt(async () => {
    const rows = await loadVerified(ctx, blob);
    const { db } = ctx;
    await db.transaction('rw', db.all, async () => {
      await Promise.all(db.all.map((t) => t.clear()));
      await db.cases.bulkAdd(rows.cases);
      await db.events.bulkAdd(rows.events);
      await db.notes.bulkAdd(rows.notes);
      await db.evidence.bulkAdd(rows.evidence);
      await db.evidenceBlobs.bulkAdd(rows.evidenceBlobs);
      await db.caseSearch.bulkAdd(rows.cases.map(caseSearchRow));
    });
    return { cases: rows.cases.length, events: rows.events.length };
  });
}
