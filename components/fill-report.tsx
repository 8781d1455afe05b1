import { fillKeyKey, type Translate } from '../lib/i18n';
import type { FieldOutcome, LeftForYou } from '../lib/schema/fill';
import { useT } from '../lib/store/panel-context';

/** The case field an outcome is about, with the date or time half when a form splits them. */
function fieldName(t: Translate, o: FieldOutcome): string {
  const field = t(fillKeyKey(o.key));
  return o.part ? t('fill.fieldPart', { field, part: t(`fill.part.${o.part}`) }) : field;
}

/** "Skipped: it already holds this value": the outcome and, when there is one, why. */
export function outcomeText(t: Translate, o: FieldOutcome): string {
  const outcome = t(`fill.outcome.${o.outcome}`);
  return o.reason ? t('fill.outcomeWhy', { outcome, why: t(`fill.why.${o.reason}`) }) : outcome;
}

/** What the fill never touches: the attestation to tick and the button to press, named for the agent. */
export function LeftForYouList({ left }: { left: readonly LeftForYou[] }) {
  const t = useT();
  if (left.length === 0) return null;
  return (
    <div className="left-for-you">
      <p className="small">
        <strong>{t('fill.left.heading')}</strong>
      </p>
      <ul className="small">
        {left.map((l) => (
          <li key={`${l.kind}-${l.label}`}>{t(`fill.left.${l.kind}`, { label: l.label })}</li>
        ))}
      </ul>
    </div>
  );
}

/** One row per form field: what the case supplies, what the page's field is called, what was written, what happened. */
export function FillReportTable({ caption, outcomes }: { caption: string; outcomes: readonly FieldOutcome[] }) {
  const t = useT();
  return (
    <table className="fill-report">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('fill.col.field')}</th>
          <th scope="col">{t('fill.col.value')}</th>
          <th scope="col">{t('fill.col.outcome')}</th>
        </tr>
      </thead>
      <tbody>
        {outcomes.map((o, i) => (
          <tr key={`${o.key}-${o.part ?? ''}-${i}`} className={`fill-${o.outcome}`} data-key={o.key}>
            <th scope="row">
              {fieldName(t, o)}
              {o.label && <span className="small muted"> {o.label}</span>}
            </th>
            <td className="mono">{o.value ?? ''}</td>
            <td>
              {outcomeText(t, o)}
              {o.message && <span className="small field-error"> {t('fill.pageSays', { message: o.message })}</span>}
              {o.seen && (
                <span className="small muted">
                  {' '}
                  {t(o.outcome === 'not_found' ? 'fill.unnamedSeen' : 'fill.optionsSeen', { list: o.seen.join(' · ') })}
                </span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
