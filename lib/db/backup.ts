import { logOnce } from '../errors';
import { Dexie, type Table } from 'dexie';
import { exportDB, importInto, peakImportFile } from 'dexie-export-import';
import {
  BACKUP_MAX_BYTES,
  overLimitSizes,
  overLimitText,
  RESTORE_COPY_BATCH_BYTES,
  RESTORE_COPY_BATCH_ROWS,
  RESTORE_READ_CHUNK_BYTES,
} from '../export/import-limits';
import { reason } from '../export/import-reason';
import type { LedgerRow } from '../schema/ledger';
import type { CaseDb } from './case-db';
import { caseSearchRow } from './case-search';
import { attempt, DbFailure, type DbResult } from './db-result';
import { tombstoned } from './ledger-row';
import { joinBlobRow, RowChecker, splitBlobRow } from './restore-rows';
import { NOTES_IN_EVENTS_SINCE_VERSION, RestoreScratch } from './restore-scratch';
import { verifyScratch, type RestoreSummary } from './restore-verify';
import type { StoreContext } from './store-context';

export type { RestoreSummary } from './restore-verify';

/**
 * Tables derived from the cases: a backup leaves them out and a restore rebuilds them, never trusting a file's.
 * The ledger is not one of them: it records what the cases cannot say about themselves (the heads they had,
 * their deletions), so a backup carries it and the restore checks the cases against it (restore-verify.ts).
 */
const DERIVED_TABLES = ['caseSearch'];

/** A restore's scratch database: `<live name>-restore-<start time in ms>-<uuid>`. */
const SCRATCH_INFIX = '-restore-';

/**
 * A scratch database younger than this may belong to a restore still running in another extension page
 * (the options page restoring while the side panel opens); anything older was left by a crash or a closed page.
 */
export const SCRATCH_STALE_AFTER_MS = 60 * 60 * 1000;

/** The whole database as a dexie-export-import JSON blob, evidence bytes included. */
export async function exportDatabase(ctx: StoreContext): Promise<DbResult<Blob>> {
  return attempt(() => exportDB(ctx.db, { prettyJson: false, skipTables: DERIVED_TABLES, transform: splitBlobRow }));
}

/**
 * Deletes the scratch databases that restores of the database `liveName` left behind: a restore deletes its
 * own when it ends, but not when the browser or the page dies halfway. Call once at panel and options start.
 * Returns the names deleted.
 */
export async function removeStaleRestoreDatabases(liveName = 'canceldesk', now = Date.now()): Promise<string[]> {
  const prefix = `${liveName}${SCRATCH_INFIX}`;
  const stale = (await Dexie.getDatabaseNames()).filter((name) => {
    if (!name.startsWith(prefix)) return false;
    // Names from before the start time was in them parse as NaN or as 1970: stale either way.
    const started = Number(/^(\d+)-/.exec(name.slice(prefix.length))?.[1]);
    return !(Math.abs(now - started) < SCRATCH_STALE_AFTER_MS);
  });
  for (const name of stale) await Dexie.delete(name);
  return stale;
}

/** The backup's header: a dexie export of this database's tables, not from a newer CancelDesk. Its schema version. */
async function checkHeader(ctx: StoreContext, blob: Blob): Promise<number> {
  const tooBig = overLimitSizes(blob.size, BACKUP_MAX_BYTES);
  if (tooBig) throw new DbFailure('invalid', `This backup ${overLimitText(tooBig)}.`, reason('backupTooLarge', tooBig));
  // Whatever the reader chokes on, the answer to the agent is the same: this is not a backup.
  const meta = await peakImportFile(blob).catch(() => null);
  if (!meta || meta.formatName !== 'dexie')
    throw new DbFailure('invalid', 'This file is not a CancelDesk backup.', reason('notBackup'));
  const known = new Set(ctx.db.tables.map((t) => t.name));
  // An older backup holds the notes table; the restore checks it against the events (restore-verify.ts).
  if (meta.data.databaseVersion < NOTES_IN_EVENTS_SINCE_VERSION) known.add('notes');
  const stray = meta.data.tables.find((t) => !known.has(t.name));
  if (stray)
    throw new DbFailure(
      'invalid',
      `This backup has a table CancelDesk does not know: ${stray.name}.`,
      reason('backupTable', { table: stray.name }),
    );
  if (meta.data.databaseVersion > ctx.db.verno && ctx.db.verno > 0) {
    throw new DbFailure(
      'invalid',
      'This backup comes from a newer CancelDesk; update the extension first.',
      reason('backupNewer', { version: meta.data.databaseVersion }),
    );
  }
  if (await mentions(blob, LOADS_A_URL))
    throw new DbFailure(
      'invalid',
      'This backup holds a kind of value CancelDesk never writes.',
      reason('backupLoadsUrl', { kind: LOADS_A_URL }),
    );
  return meta.data.databaseVersion;
}

/**
 * Value types dexie-export-import rebuilds by loading a URL from the file (an image bitmap sets an image's
 * src): CancelDesk never writes one, and a restore must never reach the network, so a file naming one is refused.
 */
const LOADS_A_URL = 'imagebitmap';

/** Whether a file's text holds a word anywhere, read a chunk at a time (a word across two chunks is seen too). */
async function mentions(blob: Blob, word: string): Promise<boolean> {
  const step = 1 << 20;
  for (let at = 0; at < blob.size; at += step) {
    const text = await blob.slice(Math.max(0, at - word.length), at + step).text();
    if (text.toLowerCase().includes(word)) return true;
  }
  return false;
}

/**
 * Streams the backup into the scratch database a chunk at a time, every row checked against its schema and
 * for card numbers on the way in (see RowChecker); the first bad row stops it.
 */
async function loadScratch(scratch: RestoreScratch, blob: Blob): Promise<void> {
  const rows = new RowChecker();
  try {
    await importInto(scratch, blob, {
      acceptNameDiff: true,
      acceptVersionDiff: true,
      acceptMissingTables: true,
      clearTablesBeforeImport: true,
      skipTables: DERIVED_TABLES,
      chunkSizeBytes: RESTORE_READ_CHUNK_BYTES,
      filter: (table, value) => rows.check(table, value),
      transform: joinBlobRow,
    });
  } catch (err) {
    if (rows.problem) throw rows.problem;
    throw new DbFailure(
      'invalid',
      `This backup could not be read: ${err instanceof Error ? err.message : String(err)}.`,
      reason('backupUnreadable'),
    );
  }
}

/**
 * Reads from the scratch database inside the live database's transaction: IndexedDB commits a transaction
 * that has no request pending, so waitFor keeps it busy meanwhile; ignoreTransaction keeps the read out of it.
 */
const fromScratch = <T>(read: () => Promise<T>): Promise<T> => Dexie.waitFor(Dexie.ignoreTransaction(read));

type MetaTable = 'cases' | 'events' | 'evidence' | 'ledger';

/** A metadata table as rows keyed by a string, whichever it is: the copy treats them all alike. */
const rowsOf = (db: CaseDb, name: MetaTable) => db[name] as unknown as Table<Record<string, unknown>, string>;

/** Copies a metadata table in primary-key order, RESTORE_COPY_BATCH_ROWS rows at a time; the search table follows the cases. */
async function copyRows(db: CaseDb, scratch: CaseDb, name: MetaTable): Promise<void> {
  // Every row is keyed by its id, but for the ledger's, which are keyed by their case's id.
  const key = name === 'ledger' ? 'caseId' : 'id';
  let after: string | undefined;
  for (;;) {
    const rows = await fromScratch(() => {
      const table = rowsOf(scratch, name);
      return (after === undefined ? table.toCollection() : table.where(':id').above(after))
        .limit(RESTORE_COPY_BATCH_ROWS)
        .toArray();
    });
    if (!rows.length) return;
    await rowsOf(db, name).bulkAdd(rows);
    if (name === 'cases')
      await db.caseSearch.bulkAdd(rows.map((c) => caseSearchRow(c as Parameters<typeof caseSearchRow>[0])));
    after = String(rows.at(-1)?.[key]);
  }
}

/**
 * A restore replaces the cases, but not what the live ledger knew: every case it recorded that the backup
 * lacks keeps its row, with a tombstone saying the restore removed it (one deleted already stays as it was).
 * Cases the backup holds take the backup's rows: going back to the backup is what the agent asked for.
 */
async function keepLedgerTraces(db: CaseDb, before: readonly LedgerRow[], at: string): Promise<void> {
  const restored = new Set(await db.ledger.toCollection().primaryKeys());
  const dropped = before
    .filter((row) => !restored.has(row.caseId))
    .map((row) => (row.deletedAt ? row : tombstoned(row, at, 'restore')));
  if (dropped.length) await db.ledger.bulkAdd(dropped);
}

/** Copies the evidence bytes about RESTORE_COPY_BATCH_BYTES at a time, sized by their (verified) metadata. */
async function copyBlobs(db: CaseDb, scratch: CaseDb): Promise<void> {
  const sizes = new Map((await fromScratch(() => scratch.evidence.toArray())).map((e) => [e.id, e.size]));
  const ids = await fromScratch(() => scratch.evidenceBlobs.toCollection().primaryKeys());
  let batch: string[] = [];
  let bytes = 0;
  const flush = async () => {
    const blobs = await fromScratch(() => scratch.evidenceBlobs.bulkGet(batch));
    await db.evidenceBlobs.bulkAdd(blobs.filter((b) => b !== undefined));
    batch = [];
    bytes = 0;
  };
  for (const id of ids) {
    batch.push(id);
    bytes += sizes.get(id) ?? 0;
    if (bytes >= RESTORE_COPY_BATCH_BYTES) await flush();
  }
  if (batch.length) await flush();
}

/** Replaces the live database's rows with the scratch database's in one transaction: all of it or nothing. */
async function swapIn(ctx: StoreContext, scratch: CaseDb): Promise<void> {
  const { db } = ctx;
  await db.transaction('rw', db.all, async () => {
    const ledger = await db.ledger.toArray();
    await Promise.all(db.all.map((t) => t.clear()));
    // An older backup's notes are not copied: they were checked against the events, where notes live now.
    for (const name of ['cases', 'events', 'evidence', 'ledger'] as const) await copyRows(db, scratch, name);
    await copyBlobs(db, scratch);
    await keepLedgerTraces(db, ledger, ctx.now().toISOString());
  });
}

/**
 * Replaces the whole database with a backup. The backup is streamed into a scratch database, every row
 * checked on the way in and every case verified there against the backup's ledger; only then is the live
 * database swapped in one transaction, a batch at a time, so a bad file (or a full disk halfway) changes
 * nothing. The live ledger's cases that the backup lacks keep a tombstone (see keepLedgerTraces).
 */
export async function importDatabase(ctx: StoreContext, blob: Blob): Promise<DbResult<RestoreSummary>> {
  return attempt(async () => {
    await removeStaleRestoreDatabases(ctx.db.name).catch((e) => logOnce('removing stale restore databases', e));
    const version = await checkHeader(ctx, blob);
    const scratch = new RestoreScratch(`${ctx.db.name}${SCRATCH_INFIX}${Date.now()}-${crypto.randomUUID()}`);
    try {
      await loadScratch(scratch, blob);
      const summary = await verifyScratch(ctx, scratch, version);
      await swapIn(ctx, scratch);
      return summary;
    } finally {
      await scratch.delete().catch((e) => logOnce('deleting the restore scratch database', e));
    }
  });
}
