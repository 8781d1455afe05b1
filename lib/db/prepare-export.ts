import type { CaseBundle } from '../schema/case-export';
import type { ExportFormat } from '../schema/event';
import { readCaseBundles } from './case-queries';
import { attempt, type DbResult } from './db-result';
import type { Actor, StoreContext } from './store-context';
import { caseTransaction, writeExportedEvents } from './write-event';

/**
 * Records an "exported" event on each case, then hands out the cases with their evidence bytes, so the
 * exported file already contains the record of its own export. One transaction: all cases are read at once,
 * the events chained in memory and written in bulk; a failure (a full disk, a missing case) writes nothing.
 */
export async function prepareExport(ctx: StoreContext, caseIds: readonly string[], format: ExportFormat, actor?: Actor): Promise<DbResult<CaseBundle[]>> {
  return attempt(() =>
    caseTransaction(ctx, async () => {
      const loaded = await readCaseBundles(ctx, [...new Set(caseIds)], { bytes: format === 'zip' });
      return writeExportedEvents(ctx, new Map(loaded.map((b) => [b.case.id, b])), caseIds, format, actor);
    }),
  );
}
