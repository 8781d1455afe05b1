import { useState } from 'react';
import { evidenceText } from '../lib/i18n';
import { moneyText } from '../lib/rules/format-text';
import type { CaseRecord } from '../lib/schema/case';
import { FillKey, FillReason, type FieldOutcome, type FillConflict } from '../lib/schema/fill';
import { Verdict } from '../lib/schema/verdict';
import type { FillState } from '../lib/store/fill-state';
import { Button } from './ui/button';
import { useCaseBundle } from '../lib/store/use-case-bundle';
import { sizeText } from '../lib/case-log/value-text';
import { FillReportTable, LeftForYouList } from './fill-report';
import { usePanelState, usePanelStore, useT } from '../lib/store/panel-context';
import { Card } from './ui/card';
import { SelectField, TextField } from './ui/field';
import { UnblockFields } from './unblock-fields';

const filledCount = (outcomes: readonly FieldOutcome[]) => outcomes.filter((o) => o.outcome === 'filled').length;

/** The "Fill form" button, with the panel's main actions; the choices it uses sit in the fill card. */
export function FillButton({ shortcut }: { shortcut?: string }) {
  const t = useT();
  const { actions } = usePanelStore();
  const fill = usePanelState((s) => s.fill);
  const ready = usePanelState((s) => s.target.kind === 'tab' && s.currentCase !== null);
  return (
    <Button
      variant="primary"
      disabled={!ready || fill.busy || fill.pinning !== null}
      aria-busy={fill.busy}
      aria-keyshortcuts={shortcut}
      onClick={() => void actions.fill()}
    >
      {fill.busy ? t('fill.filling') : t('fill.fill')}
    </Button>
  );
}

/** The fill card of the current case: reason, partial amount and files to attach, then the report field by field. */
export function FillPanel() {
  const current = usePanelState((s) => s.currentCase);
  return current ? <Fill record={current} /> : null;
}

function Fill({ record }: { record: CaseRecord }) {
  const t = useT();
  const { actions } = usePanelStore();
  const lang = usePanelState((s) => s.lang);
  const fill = usePanelState((s) => s.fill);
  const hasTab = usePanelState((s) => s.target.kind === 'tab');
  const verdict = Verdict.safeParse(record.verdictSnapshot);
  const max =
    verdict.success && verdict.data.maxAmountMinor !== null
      ? moneyText(verdict.data.maxAmountMinor, verdict.data.currency ?? undefined, lang)
      : null;

  return (
    <Card id="fill-heading" title={t('fill.heading')} className="fill">
      <UnblockFields record={record} />
      <div className="fields">
        <SelectField
          id="fill-reason"
          label={t('fill.reason')}
          value={fill.reason}
          choices={FillReason.options}
          words={(r) => t(`fill.reason.${r}`)}
          onChange={(reason) => actions.setFillChoice({ reason })}
        />
        <TextField
          id="fill-amount"
          label={t('fill.partialAmount')}
          hint={max ? t('fill.partialHint', { max }) : t('fill.partialHintUnknown')}
          className="mono"
          inputMode="decimal"
          value={fill.partialAmount}
          onChange={(partialAmount) => actions.setFillChoice({ partialAmount })}
        />
      </div>
      <AttachFiles attach={fill.attach} onChange={(attach) => actions.setFillChoice({ attach })} />
      <div className="actions">
        <Button disabled={!hasTab || fill.busy || !fill.undoable} onClick={() => void actions.undoFill()}>
          {t('fill.undo')}
        </Button>
      </div>
      <p className="small muted">{t('fill.neverSubmits')}</p>
      <PinField disabled={!hasTab || fill.busy || fill.pinning !== null} />
      {fill.report?.conflict && <ConflictWarning conflict={fill.report.conflict} />}
      <FillResult fill={fill} />
    </Card>
  );
}

/** Teach mode for forms: choose a key, then point at the form field that takes it. */
function PinField({ disabled }: { disabled: boolean }) {
  const t = useT();
  const { actions } = usePanelStore();
  const [key, setKey] = useState<FillKey>('orderNo');
  return (
    <details className="small">
      <summary>{t('fill.pin')}</summary>
      <p className="muted">{t('fill.pinHelp')}</p>
      <SelectField
        id="fill-pin-key"
        label={t('fill.pinKey')}
        value={key}
        choices={FillKey.options}
        words={(k) => t(`fill.key.${k}`)}
        onChange={setKey}
      />
      <Button disabled={disabled} onClick={() => void actions.pinFormField(key, t(`fill.key.${key}`))}>
        {t('fill.pinPick')}
      </Button>
    </details>
  );
}

/** The case's evidence files, each with an "attach to form" box; purged files cannot be attached. */
function AttachFiles({ attach, onChange }: { attach: readonly string[]; onChange: (ids: string[]) => void }) {
  const t = useT();
  const lang = usePanelState((s) => s.lang);
  const files = useCaseBundle()?.evidence ?? [];
  if (files.length === 0) return <p className="small muted">{t('fill.noFiles')}</p>;
  return (
    <fieldset className="fill-files">
      <legend>{t('fill.attach')}</legend>
      {files.map((f) => (
        <label key={f.id} className="small">
          <input
            type="checkbox"
            checked={attach.includes(f.id)}
            disabled={f.purgedAt !== undefined}
            onChange={(e) => onChange(e.target.checked ? [...attach, f.id] : attach.filter((id) => id !== f.id))}
          />{' '}
          {t('fill.attachFile', { name: f.name, kind: evidenceText(f.kind, lang), size: sizeText(f.size, lang) })}
        </label>
      ))}
    </fieldset>
  );
}

function ConflictWarning({ conflict }: { conflict: FillConflict }) {
  const t = useT();
  return (
    <div className="banner banner-error" role="alert">
      <p>
        {t('fill.conflict', {
          field: conflict.label || t(`fill.key.${conflict.key}`),
          page: conflict.pageValue,
          case: conflict.caseValue,
        })}
      </p>
    </div>
  );
}

/** The message, summary and report of the last fill or undo, announced as they arrive. */
function FillResult({ fill }: { fill: FillState }) {
  const t = useT();
  const { report, undone, message } = fill;
  return (
    <div aria-live="polite" className="fill-result">
      {message && <p className={message.tone === 'error' ? 'notice-error' : ''}>{t(message.key, message.params)}</p>}
      {report && !report.conflict && (
        <p>{t('fill.summary', { filled: filledCount(report.outcomes), total: report.outcomes.length })}</p>
      )}
      {report && <FillReportTable caption={t('fill.reportCaption')} outcomes={report.outcomes} />}
      {report?.left && <LeftForYouList left={report.left} />}
      {undone && undone.outcomes.length > 0 && (
        <>
          <p>{t('fill.undoSummary', { restored: filledCount(undone.outcomes), total: undone.outcomes.length })}</p>
          <FillReportTable caption={t('fill.undoCaption')} outcomes={undone.outcomes} />
        </>
      )}
    </div>
  );
}
