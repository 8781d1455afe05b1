import { listCases, prepareExport, type CaseFilter, type DbError } from '../db';
import { downloadFile } from '../case-log/download';
import type { WrittenExport } from '../case-log/write-export';
import type { ExportFormat } from '../schema/event';
import { actorOf } from './actor';
import type { ActionDeps } from './panel-store';

/** What exporting did; `unrecorded` when the file was made but the disk was too full to log the export. */
export type ExportOutcome =
  | (Extract<WrittenExport, { ok: true }> & { unrecorded?: true })
  | Extract<WrittenExport, { ok: false }>
  | { ok: false; reason: 'db'; error: DbError };

/** What exporting a list did: the file's name, or the database's refusal. */
export type ListExportOutcome = { ok: true; fileName: string; unrecorded?: true } | { ok: false; error: DbError };

// The exporters (fflate among them) load on the first export, out of the panel's first load.
const exporters = () => import('../export');

const today = () => new Date().toISOString().slice(0, 10);

/** The export actions of the panel store: each export is recorded on its cases before the file is written. */
export function createExportActions({ store, changed }: Pick<ActionDeps, 'store' | 'changed'>) {
  const get = store.getState;
  return {
    /**
     * Exports the open case in one format. The export is recorded on the case first (one transaction), so
     * what is written out already carries the record of its own export.
     */
    async exportCase(format: ExportFormat, signal?: AbortSignal): Promise<ExportOutcome> {
      const { currentCase, settings, lang } = get();
      if (!currentCase) return { ok: false, reason: 'db', error: { code: 'not_found', message: 'No case is open.' } };
      const prepared = await prepareExport([currentCase.id], format, actorOf(settings));
      if (!prepared.ok) return { ok: false, reason: 'db', error: prepared.error };
      const bundle = prepared.value[0]!;
      const { writeExport } = await import('../case-log/write-export');
      const written = await writeExport(bundle, format, { lang, zone: settings.portalZone, signal });
      if (!prepared.unrecorded) await changed();
      return written.ok && prepared.unrecorded ? { ...written, unrecorded: true } : written;
    },

    /** Downloads every case matching a filter as CSV, or as a ZIP with evidence (recorded on each case). */
    async exportCases(filter: CaseFilter, format: 'csv' | 'zip'): Promise<ListExportOutcome> {
      const { settings, lang } = get();
      const matching = await listCases(filter);
      const fileName = `cases-${today()}.${format}`;
      if (format === 'csv') {
        const { casesToCsv } = await exporters();
        downloadFile(casesToCsv(matching, lang), fileName, 'text/csv;charset=utf-8');
        return { ok: true, fileName };
      }
      const prepared = await prepareExport(
        matching.map((c) => c.id),
        'zip',
        actorOf(settings),
      );
      if (!prepared.ok) return prepared;
      const { casesToZip } = await exporters();
      downloadFile(casesToZip(prepared.value), fileName, 'application/zip');
      if (!prepared.unrecorded) await changed();
      return prepared.unrecorded ? { ok: true, fileName, unrecorded: true } : { ok: true, fileName };
    },
  };
}
