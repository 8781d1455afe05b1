import { useState } from 'react';
import { evidenceText } from '../../lib/i18n';
import { EVIDENCE_MAX_BYTES } from '../../lib/schema/evidence';
import { EvidenceKind } from '../../lib/schema/evidence-kind';
import type { CaseRecord } from '../../lib/schema/case';
import { Button } from '../ui/button';
import { usePanelState, usePanelStore, useT } from '../../lib/store/panel-context';
import { dbErrorText } from '../../lib/case-log/db-error-text';
import { pageSnapshotEvidence, screenshotName } from '../../lib/case-log/page-snapshot';
import { requestScreenshotPermission, screenshotFailureText, takeScreenshot } from '../../lib/case-log/screenshot';
import type { NewEvidence } from '../../lib/store/case-data';
import { useCaseBundle } from '../../lib/store/use-case-bundle';
import { sizeText } from '../../lib/case-log/value-text';
import { takeFiles } from '../../lib/case-log/take-files';
import { Card } from '../ui/card';
import { Field, SelectField } from '../ui/field';

type Message = { text: string; error: boolean };

/** The current case's evidence: files with their kind, size and checksum; add, remove, screenshot, snapshot. */
export function EvidenceList() {
  const current = usePanelState((s) => s.currentCase);
  return current ? <Evidence key={current.id} record={current} /> : null;
}

function Evidence({ record }: { record: CaseRecord }) {
  const t = useT();
  const { actions } = usePanelStore();
  const lang = usePanelState((s) => s.lang);
  const idMask = usePanelState((s) => s.settings.idMask);
  const tabId = usePanelState((s) => (s.target.kind === 'tab' ? s.target.tabId : null));
  const bundle = useCaseBundle();
  const [kind, setKind] = useState<EvidenceKind>('receipt');
  const [message, setMessage] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);
  const [needsPermission, setNeedsPermission] = useState(false);
  const [offerDeclined, setOfferDeclined] = useState(false);

  const save = async (items: NewEvidence[]): Promise<boolean> => {
    const saved = await actions.addEvidence(items);
    if (!saved.ok) setMessage({ text: dbErrorText(t, saved.error), error: true });
    return saved.ok;
  };

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setMessage(null);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };

  const addFiles = (list: File[]) =>
    run(async () => {
      const tooLarge = list.find((f) => f.size > EVIDENCE_MAX_BYTES);
      if (tooLarge)
        return setMessage({
          text: t('log.fileTooLarge', { name: tooLarge.name, max: EVIDENCE_MAX_BYTES / 1024 / 1024 }),
          error: true,
        });
      const items = await Promise.all(
        list.map(async (f) => ({
          kind,
          name: f.name,
          type: f.type || 'application/octet-stream',
          bytes: new Uint8Array(await f.arrayBuffer()),
        })),
      );
      if (items.length && (await save(items)))
        setMessage({ text: t('log.evidenceAdded', { count: items.length }), error: false });
    });

  const screenshot = () =>
    run(async () => {
      if (tabId === null) return setMessage({ text: t('noTab'), error: true });
      const shot = await takeScreenshot(tabId, idMask);
      if (!shot.ok) {
        if (shot.reason === 'permission') return setNeedsPermission(true);
        if (shot.reason === 'tab_closed') return setMessage({ text: t('tabClosed'), error: true });
        return setMessage({ text: screenshotFailureText(t, shot), error: true });
      }
      setNeedsPermission(false);
      const saved = await save([
        { kind: 'screenshot', name: screenshotName(record.orderNo, new Date()), type: 'image/png', bytes: shot.bytes },
      ]);
      if (saved) setMessage({ text: t('log.screenshotMasked', { count: shot.covered }), error: false });
    });

  const snapshot = () =>
    run(async () => {
      if (!bundle) return;
      const built = pageSnapshotEvidence(bundle, new Date());
      if (!built.ok) return setMessage({ text: t('saveFailed', { detail: built.path }), error: true });
      if (await save([built.value])) setMessage({ text: t('log.snapshotSaved'), error: false });
    });

  const allowScreenshots = () => {
    // Straight from the click: an await before the request would lose the user gesture.
    void requestScreenshotPermission().then((granted) => {
      if (!granted) return setMessage({ text: t('log.screenshotGrantDenied'), error: true });
      setNeedsPermission(false);
      void screenshot();
    });
  };

  const remove = (evidenceId: string) =>
    run(async () => {
      const removed = await actions.removeEvidence(evidenceId);
      if (!removed.ok) setMessage({ text: dbErrorText(t, removed.error), error: true });
    });

  const items = bundle?.evidence ?? [];
  return (
    <Card id="evidence-heading" title={t('log.evidence')}>
      {items.length === 0 ? (
        <p className="muted small">{t('log.noEvidence')}</p>
      ) : (
        <ul className="case-list" aria-label={t('log.evidence')}>
          {items.map((e) => (
            <li key={e.id} className="row-between">
              <span>
                <span>{evidenceText(e.kind, lang)}</span> · <span style={{ overflowWrap: 'anywhere' }}>{e.name}</span>
                <br />
                <span className="small muted">
                  {e.type || '—'} · {sizeText(e.size, lang)} ·{' '}
                  <span className="mono" title={e.sha256}>
                    SHA-256 {e.sha256.slice(0, 12)}…
                  </span>
                  {e.purgedAt ? ` · ${t('log.purgedFile')}` : ''}
                </span>
              </span>
              <Button
                disabled={busy}
                aria-label={t('log.removeEvidence', { name: e.name })}
                onClick={() => void remove(e.id)}
              >
                {t('remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <SelectField
        id="evidence-kind"
        label={t('log.evidenceKind')}
        hint={t('log.kindHint')}
        value={kind}
        choices={EvidenceKind.options}
        words={(k) => evidenceText(k, lang)}
        onChange={setKind}
      />
      <Field id="evidence-files" label={t('log.addFiles')}>
        <input
          id="evidence-files"
          type="file"
          disabled={busy}
          onChange={(e) => void addFiles(takeFiles(e.currentTarget))}
        />
      </Field>
      <div className="actions">
        <Button disabled={busy || tabId === null} onClick={() => void screenshot()}>
          {t('log.takeScreenshot')}
        </Button>
        <Button disabled={busy || !bundle} onClick={() => void snapshot()}>
          {t('log.saveSnapshot')}
        </Button>
      </div>
      {needsPermission && (
        <div className="banner" role="alert">
          <p>{t('log.screenshotNeedsPermission')}</p>
          {!offerDeclined && (
            <>
              <p>{t('log.screenshotGrantOffer')}</p>
              <div className="actions">
                <Button variant="primary" onClick={allowScreenshots}>
                  {t('log.allowScreenshots')}
                </Button>
                <Button onClick={() => setOfferDeclined(true)}>{t('log.notNow')}</Button>
              </div>
            </>
          )}
        </div>
      )}
      <p role="status" className={`small${message?.error ? ' field-error' : ' muted'}`}>
        {message?.text ?? ''}
      </p>
    </Card>
  );
}
