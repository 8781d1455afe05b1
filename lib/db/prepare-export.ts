import type { CaseBundle } from '../schema/case-export';
import type { ExportFormat } from '../schema/event';
import { loadCaseBundle } from './case-queries';
import { attempt, DbFailure, type DbResult } from './db-result';
import type { Actor, StoreContext } from './store-context';
import { caseTransaction, requireCase, writeEvent } from './write-event';

/**
 * Records an "exported" event on each case (one transaction), then loads the cases with their evidence
 * bytes, so the exported file already contains the record of its own export.
 */
export async function prepareExport(ctx: StoreContext, caseIds: readonly string[], format: ExportFormat, actor?: Actor): Promise<DbResult<CaseBundle[]>> {
  return attempt(async () => {
    await caseTransaction(ctx, async () => {
      for (const id of caseIds) await writeEvent(ctx, await requireCase(ctx, id), id, { type: 'exported', data: { format } }, actor);
    });
    const bundles: CaseBundle[] = [];
    for (const id of caseIds) {
      const loaded = await loadCaseBundle(ctx, id, { bytes: format === 'zip' });
      if (!loaded.ok) throw new DbFailure(loaded.error.code, loaded.error.message);
      bundles.push(loaded.value);
    }
    return bundles;
  });
}
