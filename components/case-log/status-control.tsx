import { useState, type FormEvent } from 'react';
import { WORKFLOW } from '../../lib/store/case-data';
import { SubmissionChannel, type CaseRecord, type CaseStatus, type StatusTransition } from '../../lib/schema/case';
import { caseStatusKey, moveToKey } from '../../lib/i18n';
import { Button } from '../ui/button';
import { usePanelState, usePanelStore, useT } from '../../lib/store/panel-context';
import { dbErrorText } from '../../lib/case-log/db-error-text';
import { Card } from '../ui/card';
import { ConfirmDialog } from '../ui/dialog';
import { SelectField, TextAreaField, TextField } from '../ui/field';

type Detailed = 'submitted' | 'rejected';
const needsDetails = (s: CaseStatus): s is Detailed => s === 'submitted' || s === 'rejected';

/** Where the current case stands with the acquirer, and the steps the workflow allows from there. */
export function StatusControl() {
  const current = usePanelState((s) => s.currentCase);
  return current ? <StatusSteps key={current.id} record={current} /> : null;
}

function StatusSteps({ record }: { record: CaseRecord }) {
  const t = useT();
  const { actions } = usePanelStore();
  const [pending, setPending] = useState<Detailed | null>(null);
  const [channel, setChannel] = useState<SubmissionChannel>('online_form');
  const [requestId, setRequestId] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const status = (s: CaseStatus) => t(caseStatusKey(s));

  const move = async (transition: StatusTransition) => {
    setBusy(true);
    setDone(null);
    setError(null);
    try {
      const saved = await actions.setStatus(transition);
      if (!saved.ok) return setError(dbErrorText(t, saved.error));
      setPending(null);
      setRequestId('');
      setReason('');
      setDone(t('log.statusChanged', { status: status(transition.to) }));
    } finally {
      setBusy(false);
    }
  };

  const choose = (to: CaseStatus) => {
    setError(null);
    if (needsDetails(to)) return setPending(to);
    void move({ to } as StatusTransition);
  };

  const submitDetails = (e: FormEvent) => {
    e.preventDefault();
    if (pending === 'submitted') {
      if (!requestId.trim()) return setError(t('log.needRequestId'));
      void move({ to: 'submitted', channel, requestId: requestId.trim() });
    } else if (pending === 'rejected') {
      if (!reason.trim()) return setError(t('log.needReason'));
      void move({ to: 'rejected', reason: reason.trim() });
    }
  };

  const cancelDetails = () => {
    setPending(null);
    setError(null);
  };

  const remove = async () => {
    setBusy(true);
    try {
      const deleted = await actions.deleteCase();
      if (!deleted.ok) return setError(dbErrorText(t, deleted.error));
    } finally {
      setBusy(false);
    }
  };

  const next = WORKFLOW[record.status];
  return (
    <Card id="status-heading" title={t('log.status')}>
      <p data-testid="case-status">{t('log.statusNow', { status: status(record.status) })}</p>
      {record.submission && (
        <p className="small muted">
          {t('log.submittedVia', {
            channel: t(`log.channel.${record.submission.channel}`),
            requestId: record.submission.requestId,
          })}
        </p>
      )}
      {record.rejectionReason && (
        <p className="small muted">{t('log.rejectedBecause', { reason: record.rejectionReason })}</p>
      )}
      {next.length === 0 ? (
        <p className="small muted">{t('log.finalStatus')}</p>
      ) : (
        <div className="actions">
          {next.map((to) => (
            <Button key={to} disabled={busy} aria-pressed={pending === to} onClick={() => choose(to)}>
              {t(moveToKey(to))}
            </Button>
          ))}
        </div>
      )}
      {pending && (
        <form onSubmit={submitDetails} className="fields" aria-label={t(`log.moveTo.${pending}`)}>
          {pending === 'submitted' ? (
            <>
              <SelectField
                id="status-channel"
                label={t('log.channel')}
                value={channel}
                choices={SubmissionChannel.options}
                words={(c) => t(`log.channel.${c}`)}
                onChange={setChannel}
              />
              {/* The error shows under the form, for both details and for a failed save; it only marks the control here. */}
              <TextField
                id="status-request"
                label={t('log.requestId')}
                className="mono"
                value={requestId}
                maxLength={128}
                aria-invalid={!!error}
                onChange={setRequestId}
              />
            </>
          ) : (
            <TextAreaField
              id="status-reason"
              label={t('log.rejectReason')}
              rows={2}
              value={reason}
              maxLength={2000}
              aria-invalid={!!error}
              onChange={setReason}
            />
          )}
          <div className="actions">
            <Button type="submit" variant="primary" disabled={busy}>
              {t('log.confirm')}
            </Button>
            <Button onClick={cancelDetails}>{t('log.cancel')}</Button>
          </div>
        </form>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <p role="status" className="small muted">
        {done ?? ''}
      </p>
      <Button variant="link" onClick={() => setConfirmDelete(true)}>
        {t('log.deleteCase')}
      </Button>
      <ConfirmDialog
        open={confirmDelete}
        title={t('log.deleteCase')}
        confirm={t('log.deleteYes')}
        cancel={t('log.cancel')}
        busy={busy}
        onConfirm={() => void remove()}
        onCancel={() => setConfirmDelete(false)}
      >
        <p>{t('log.deleteConfirm', { orderNo: record.orderNo })}</p>
      </ConfirmDialog>
    </Card>
  );
}
