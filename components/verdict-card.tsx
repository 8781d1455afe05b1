import type { Verdict } from '../lib/rules';
import { actionText, evidenceText, fieldText } from '../lib/i18n';
import { reasonText, warningText } from '../lib/rules';
import { countdown } from '../lib/rules/countdown';
import { moneyText, zonedTimeText } from '../lib/rules/format-text';
import type { EvidenceKind } from '../lib/schema/evidence-kind';
import { usePanelState, useT } from '../lib/store/panel-context';

/** What to do, by when, for how much, with what evidence, whom to contact, and why. */
export function VerdictCard({
  verdict,
  now,
  attached,
}: {
  verdict: Verdict;
  now: Date;
  attached: ReadonlySet<EvidenceKind>;
}) {
  const t = useT();
  const lang = usePanelState((s) => s.lang);
  const left = verdict.deadline ? countdown(verdict.deadline, now) : null;
  return (
    <section
      aria-labelledby="verdict-heading"
      className={`card verdict verdict-${verdict.action}${left?.urgent ? ' verdict-urgent' : ''}`}
    >
      <h2 id="verdict-heading">
        <span className="verdict-action" data-testid="verdict-action">
          {actionText(verdict.action, lang)}
        </span>
        <span className="muted small"> · {verdict.title[lang]}</span>
      </h2>
      <p className="small">{reasonText(verdict.reason, lang)}</p>
      <dl className="facts">
        <dt>{t('deadline')}</dt>
        <dd>
          {verdict.deadline ? (
            <>
              <span className="mono" data-testid="deadline">
                {zonedTimeText(verdict.deadline, verdict.zone, lang)}
              </span>
              <br />
              <span className={left?.urgent ? 'urgent' : ''} data-testid="countdown" role="timer" aria-live="off">
                {left && left.leftMs > 0
                  ? t(left.urgent ? 'timeLeftUrgent' : 'timeLeft', {
                      h: left.hours,
                      m: pad(left.minutes),
                      s: pad(left.seconds),
                    })
                  : t('windowClosed')}
              </span>
            </>
          ) : (
            t('noDeadline')
          )}
        </dd>
        <dt>{t('amountAllowed')}</dt>
        <dd className="mono" data-testid="amount-allowed">
          {verdict.maxAmountMinor === null
            ? t('unset')
            : moneyText(verdict.maxAmountMinor, verdict.currency ?? undefined, lang)}
          {verdict.fullAmountOnly && <span className="small muted"> · {t('fullAmountOnly')}</span>}
        </dd>
        {verdict.contact && (
          <>
            <dt>{t('contact')}</dt>
            <dd>
              {verdict.contact.name}
              {verdict.contact.phone && <span className="mono"> · {verdict.contact.phone}</span>}
              {verdict.contact.url && (
                <>
                  {' · '}
                  <a href={verdict.contact.url} target="_blank" rel="noreferrer noopener">
                    {t('contactLink')}
                  </a>
                </>
              )}
              {verdict.contact.note && <div className="small muted">{verdict.contact.note}</div>}
            </dd>
          </>
        )}
      </dl>
      {verdict.requiredEvidence.length > 0 && (
        <>
          <h3>{t('evidenceRequired')}</h3>
          <ul className="checklist">
            {verdict.requiredEvidence.map((kind) => (
              <li key={kind}>
                <span role="checkbox" aria-checked={attached.has(kind)} aria-readonly="true">
                  <span aria-hidden="true">{attached.has(kind) ? '☑' : '☐'}</span> {evidenceText(kind, lang)}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {(verdict.warnings.length > 0 || verdict.missingFields.length > 0) && (
        <ul className="warnings">
          {verdict.missingFields.map((f) => (
            <li key={`missing-${f}`}>{t('fieldMissing', { field: fieldText(f, lang) })}</li>
          ))}
          {verdict.warnings
            .filter((w) => w.code !== 'field_missing')
            .map((w, i) => (
              <li key={`${w.code}-${i}`}>{warningText(w, lang)}</li>
            ))}
        </ul>
      )}
      <details>
        <summary>{t('why')}</summary>
        <ol className="trace small">
          {verdict.trace.map((entry) => (
            <li key={entry.ruleId} className={entry.matched ? 'matched' : ''}>
              <span className="mono">{entry.ruleId}</span>: {reasonText(entry.reason, lang)}
            </li>
          ))}
        </ol>
        {verdict.source && <p className="small muted">{t('ruleSource', { source: verdict.source })}</p>}
      </details>
    </section>
  );
}

const pad = (n: number) => String(n).padStart(2, '0');
