import { prepareExport, type Actor, type DbError } from '../db';
import { caseToJsonText, caseToMarkdown, casesToZip, caseToPrintHtml, caseToText, type ExportLang } from '../export';
import type { ExportFormat } from '../schema/event';
import { downloadFile, openHtmlInNewTab } from '../case-log/download';
import { safeFilePart } from '../case-log/page-snapshot';

export interface ExportOptions {
  lang: ExportLang;
  /** The zone times are written in (the portal's). */
  zone: string;
  actor?: Actor;
  signal?: AbortSignal;
}

export type ExportOutcome =
  | { ok: true; done: 'copied' | 'printed' | 'downloaded'; fileName?: string; unrecorded?: true }
  | { ok: false; reason: 'db'; error: DbError }
  | { ok: false; reason: 'clipboard' | 'blocked'; message: string };

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Exports one case in one format. The export is recorded on the case first (one transaction), so what is
 * written out already carries the record of its own export.
 */
export async function exportCase(caseId: string, format: ExportFormat, options: ExportOptions): Promise<ExportOutcome> {
  const prepared = await prepareExport([caseId], format, options.actor);
  if (!prepared.ok) return { ok: false, reason: 'db', error: prepared.error };
  const bundle = prepared.value[0]!;
  const noted = prepared.unrecorded ? { unrecorded: true as const } : {};
  const { lang, zone, signal } = options;
  const base = `case-${safeFilePart(bundle.case.orderNo)}`;
  switch (format) {
    case 'text':
      try {
        await navigator.clipboard.writeText(caseToText(bundle, lang, { zone }));
        return { ok: true, done: 'copied', ...noted };
      } catch (e) {
        return { ok: false, reason: 'clipboard', message: message(e) };
      }
    case 'print':
      if (!openHtmlInNewTab(caseToPrintHtml(bundle, lang, { zone }), signal))
        return { ok: false, reason: 'blocked', message: 'the new tab was blocked' };
      return { ok: true, done: 'printed', ...noted };
    case 'markdown':
      downloadFile(caseToMarkdown(bundle, lang, { zone }), `${base}.md`, 'text/markdown;charset=utf-8', signal);
      return { ok: true, done: 'downloaded', fileName: `${base}.md`, ...noted };
    case 'json':
      downloadFile(caseToJsonText(bundle), `${base}.json`, 'application/json', signal);
      return { ok: true, done: 'downloaded', fileName: `${base}.json`, ...noted };
    case 'zip':
      downloadFile(casesToZip([bundle]), `${base}.zip`, 'application/zip', signal);
      return { ok: true, done: 'downloaded', fileName: `${base}.zip`, ...noted };
  }
}
