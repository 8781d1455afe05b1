import type { CaseBundle } from '../schema/case-export';
import type { ExportFormat } from '../schema/event';
import { readCaseBundles } from './case-queries';
import { attempt, type DbResult } from './db-result';
import type { Actor, StoreContext } from './store-context';
import { caseTransaction, writeExportedEvents } from './write-event';

/**
 * Records an "exported" event on each case, then hands out the cases with their evidence bytes, so the
 * exported file already contains the record of its own export. One transaction: all cases are read at once,
 * the events chained in memory and written in bulk; a failure writes nothing. On a full disk the cases are
 * still handed out, marked `unrecorded`, so the export happens and the panel says it could not be recorded.
 */
export async function prepareExport(
  ctx: StoreContext,
  caseIds: readonly string[],
  format: ExportFormat,
  actor?: Actor,
): Promise<DbResult<CaseBundle[]> & { unrecorded?: true }> {
  const ids = [...new Set(caseIds)];
  const recorded = await attempt(() =>
    caseTransaction(ctx, async () => {
      const loaded = await readCaseBundles(ctx, ids, { bytes: format === 'zip' });
      return writeExportedEvents(ctx, new Map(loaded.map((b) => [b.case.id, b])), caseIds, format, actor);
    }),
  );
  if (recorded.ok || recorded.error.code !== 'quota_exceeded') return recorded;
  // A full disk must not keep the agent's cases from leaving: the file is made without the record of its export.
  const { db } = ctx;
  const read = await attempt(() =>
    db.transaction('r', db.all, () => readCaseBundles(ctx, ids, { bytes: format === 'zip' })),
  );
  return read.ok ? { ...read, unrecorded: true } : read;
}
