import { useCallback, useEffect, useState } from 'react';
import { IMPORT_MAX_FILE_BYTES, overLimitSizes } from '../../lib/export/import-limits';
import { reason } from '../../lib/export/import-reason';
import { importReasonText, type Lang, type Translate } from '../../lib/i18n';
import { loadRetention } from '../../lib/settings/retention';
import type { DbError } from '../../lib/store/case-data';
import { dataActions } from '../../lib/store/data-actions';
import { Button } from '../ui/button';
import { downloadFile } from '../../lib/case-log/download';
import { NoteTemplateEditor } from '../case-log/note-template-editor';
import { sizeText } from '../../lib/case-log/value-text';
import { takeFiles } from '../../lib/case-log/take-files';
import { Card } from '../ui/card';
import { Field, TextField } from '../ui/field';

type Line = { text: string; error: boolean };

const Status = ({ line }: { line: Line | null }) => (
  <p className={`small${line?.error ? ' field-error' : ' muted'}`} role={line?.error ? 'alert' : 'status'}>
    {line?.text ?? ''}
  </p>
);

const today = () => new Date().toISOString().slice(0, 10);

/** Storage use, retention and follow-up settings, purge, backup and restore, case import, note templates. */
export function DataSection({ t, lang }: { t: Translate; lang: Lang }) {
  return (
    <>
      <Card id="data-heading" title={t('log.data')}>
        <StorageAndRetention t={t} lang={lang} />
        <BackupAndImport t={t} />
      </Card>
      <NoteTemplateEditor t={t} lang={lang} />
    </>
  );
}

function StorageAndRetention({ t, lang }: { t: Translate; lang: Lang }) {
  const [usage, setUsage] = useState<{ usage: number; quota: number } | null>(null);
  const [days, setDays] = useState('');
  const [hours, setHours] = useState('');
  const [saved, setSaved] = useState<Line | null>(null);
  const [purge, setPurge] = useState<Line | null>(null);
  const refreshUsage = useCallback(() => {
    // Without an estimate (none offered, or it failed) the page says storage use is unknown.
    void navigator.storage
      ?.estimate()
      .then((e) => setUsage(e.usage === undefined || e.quota === undefined ? null : { usage: e.usage, quota: e.quota }))
      .catch(() => setUsage(null));
  }, []);
  useEffect(() => {
    refreshUsage();
    void loadRetention().then((r) => {
      setDays(String(r.retentionDays));
      setHours(String(r.followupHours));
    });
  }, [refreshUsage]);

  const save = async () => {
    const result = await dataActions.saveRetention({ retentionDays: Number(days), followupHours: Number(hours) });
    if (!result.ok)
      return setSaved({ text: t('invalidValue', { field: t('log.retention'), detail: result.error }), error: true });
    setSaved({ text: t('saved'), error: false });
  };

  const purgeNow = async () => {
    const result = await dataActions.purgeExpired();
    if (!result.ok) return setPurge({ text: t('log.nothingChanged', { detail: result.error.message }), error: true });
    setPurge({ text: t('log.purged', { files: result.value.files, cases: result.value.cases }), error: false });
    refreshUsage();
  };

  return (
    <>
      <p data-testid="storage-used">
        {usage
          ? t('log.storageUsed', { used: sizeText(usage.usage, lang), quota: sizeText(usage.quota, lang) })
          : t('log.storageUnknown')}
      </p>
      <TextField
        id="retention-days"
        label={t('log.retentionDays')}
        type="number"
        min={1}
        max={3650}
        value={days}
        onChange={setDays}
      />
      <TextField
        id="followup-hours"
        label={t('log.followupHours')}
        type="number"
        min={0.5}
        max={720}
        step={0.5}
        value={hours}
        onChange={setHours}
      />
      <div className="actions">
        <Button variant="primary" onClick={() => void save()}>
          {t('log.saveRetention')}
        </Button>
        <Button onClick={() => void purgeNow()}>{t('log.purgeNow')}</Button>
      </div>
      <Status line={saved} />
      <Status line={purge} />
    </>
  );
}

/** Why a file could not be imported or restored, in the agent's language; the store's detail follows it. */
function fileWhy(t: Translate, error: DbError): string {
  const known = ['invalid', 'conflict', 'tampered', 'quota_exceeded'] as const;
  const code = known.find((c) => c === error.code) ?? 'other';
  return t(`log.fileWhy.${code}`);
}

/**
 * What exactly was refused, in the agent's language, from the refusal's reason. Every refusal of the import
 * and restore paths carries one; only an error nobody foresaw (a browser or library failure) has none, and then
 * its English message is still better than saying nothing.
 */
function fileDetail(t: Translate, error: DbError): string {
  return error.reason ? importReasonText(t, error.reason) : error.message;
}

function BackupAndImport({ t }: { t: Translate }) {
  const [backup, setBackup] = useState<Line | null>(null);
  const [restoreFile, setRestoreFile] = useState<File | null>(null);
  const [restore, setRestore] = useState<Line | null>(null);
  const [imports, setImports] = useState<Line[]>([]);

  const download = async () => {
    const result = await dataActions.backup();
    if (!result.ok) return setBackup({ text: t('log.exportFailed', { detail: result.error.message }), error: true });
    const name = `canceldesk-backup-${today()}.json`;
    downloadFile(new Uint8Array(await result.value.arrayBuffer()), name, 'application/json');
    setBackup({ text: t('log.downloaded', { name }), error: false });
  };

  const chooseRestore = (file: File | null) => {
    setRestore(null);
    setRestoreFile(file);
  };

  const replace = async () => {
    if (!restoreFile) return;
    // The file goes in as it is: the restore streams it instead of holding it all in memory.
    const result = await dataActions.restore(restoreFile);
    setRestoreFile(null);
    if (!result.ok)
      return setRestore({
        text: t('log.restoreFailed', { why: fileWhy(t, result.error), detail: fileDetail(t, result.error) }),
        error: true,
      });
    setRestore({ text: t('log.restored', { cases: result.value.cases, events: result.value.events }), error: false });
  };

  const importFiles = async (files: File[]) => {
    const lines: Line[] = [];
    for (const file of files) {
      // Refused before it is read: a file over the limit never reaches memory.
      const tooBig = overLimitSizes(file.size, IMPORT_MAX_FILE_BYTES);
      if (tooBig) {
        lines.push({
          text: t('log.importFailed', {
            file: file.name,
            why: t('log.fileWhy.tooLarge'),
            detail: importReasonText(t, reason('fileTooLarge', tooBig)),
          }),
          error: true,
        });
        continue;
      }
      const result = await dataActions.importFile(new Uint8Array(await file.arrayBuffer()), file.name);
      lines.push(
        result.ok
          ? {
              text: t('log.imported', {
                file: file.name,
                added: result.value.added.length,
                updated: result.value.updated.length,
                unchanged: result.value.unchanged.length,
              }),
              error: false,
            }
          : {
              text: t('log.importFailed', {
                file: file.name,
                why: fileWhy(t, result.error),
                detail: fileDetail(t, result.error),
              }),
              error: true,
            },
      );
    }
    setImports(lines);
  };

  return (
    <>
      <div className="actions">
        <Button onClick={() => void download()}>{t('log.backup')}</Button>
      </div>
      <Status line={backup} />
      <Field id="restore-file" label={t('log.restore')}>
        <input
          id="restore-file"
          type="file"
          accept=".json,application/json"
          onChange={(e) => chooseRestore(takeFiles(e.currentTarget)[0] ?? null)}
        />
      </Field>
      {restoreFile && (
        <div className="banner banner-error" role="group" aria-label={t('log.restore')}>
          <p>{t('log.restoreWarning', { name: restoreFile.name })}</p>
          <div className="actions">
            <Button variant="primary" onClick={() => void replace()}>
              {t('log.restoreConfirm')}
            </Button>
            <Button onClick={() => setRestoreFile(null)}>{t('log.cancel')}</Button>
          </div>
        </div>
      )}
      <Status line={restore} />
      <Field id="import-cases" label={t('log.importCases')}>
        <input
          id="import-cases"
          type="file"
          multiple
          accept=".json,.zip,application/json,application/zip"
          onChange={(e) => void importFiles(takeFiles(e.currentTarget))}
        />
      </Field>
      <ul className="case-list" aria-label={t('log.importResults')}>
        {imports.map((line, i) => (
          <li key={i} className={`small${line.error ? ' field-error' : ''}`} role={line.error ? 'alert' : undefined}>
            {line.text}
          </li>
        ))}
      </ul>
    </>
  );
}
