import type { CaseBundle } from '../schema/case-export';
import type { ExportFormat } from '../schema/event';
import { caseToJsonText, caseToMarkdown, casesToZip, caseToPrintHtml, caseToText } from '../export';
import type { Lang } from '../i18n';
import { downloadFile, openHtmlInNewTab } from './download';
import { safeFilePart } from './page-snapshot';

export interface WriteExportOptions {
  lang: Lang;
  /** The zone times are written in (the portal's). */
  zone: string;
  signal?: AbortSignal;
}

/** Where one case's export went, or why it could not go there. */
export type WrittenExport =
  | { ok: true; done: 'copied' | 'printed' | 'downloaded'; fileName?: string }
  | { ok: false; reason: 'clipboard' | 'blocked'; message: string };

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Writes a prepared case out in one format: to the clipboard, a printable tab or a downloaded file. */
export async function writeExport(
  bundle: CaseBundle,
  format: ExportFormat,
  { lang, zone, signal }: WriteExportOptions,
): Promise<WrittenExport> {
  const base = `case-${safeFilePart(bundle.case.orderNo)}`;
  switch (format) {
    case 'text':
      try {
        await navigator.clipboard.writeText(caseToText(bundle, lang, { zone }));
        return { ok: true, done: 'copied' };
      } catch (e) {
        return { ok: false, reason: 'clipboard', message: message(e) };
      }
    case 'print':
      if (!openHtmlInNewTab(caseToPrintHtml(bundle, lang, { zone }), signal))
        return { ok: false, reason: 'blocked', message: 'the new tab was blocked' };
      return { ok: true, done: 'printed' };
    case 'markdown':
      downloadFile(caseToMarkdown(bundle, lang, { zone }), `${base}.md`, 'text/markdown;charset=utf-8', signal);
      return { ok: true, done: 'downloaded', fileName: `${base}.md` };
    case 'json':
      downloadFile(caseToJsonText(bundle), `${base}.json`, 'application/json', signal);
      return { ok: true, done: 'downloaded', fileName: `${base}.json` };
    case 'zip':
      downloadFile(casesToZip([bundle]), `${base}.zip`, 'application/zip', signal);
      return { ok: true, done: 'downloaded', fileName: `${base}.zip` };
  }
}
