import { useState } from 'react';
import { caseFieldState } from '../lib/db';
import { ORDER_KEYS, type OrderKey } from '../lib/schema/order';
import { ENUM_OPTIONS, FIELD_KINDS, fieldInputText, parseFieldInput } from '../lib/schema/order-field-input';
import type { CaseRecord } from '../lib/schema/case';
import type { MessageKey } from '../lib/i18n';
import { Button } from './button';
import { PickIcon, TargetIcon } from './icons';
import { usePanelState, usePanelStore, useT } from './panel-context';

/** The captured order, one editable row per field with where its value came from. */
export function OrderFields() {
  const t = useT();
  const current = usePanelState((s) => s.currentCase);
  if (!current) return null;
  return (
    <section aria-labelledby="order-heading" className="card">
      <h2 id="order-heading">
        {t('order')} <span className="mono">{current.orderNo}</span>
      </h2>
      <div className="fields">
        {ORDER_KEYS.map((key) => (
          <FieldRow key={`${current.id}-${key}`} record={current} field={key} />
        ))}
      </div>
    </section>
  );
}

function FieldRow({ record, field }: { record: CaseRecord; field: OrderKey }) {
  const t = useT();
  const { actions } = usePanelStore();
  const zone = usePanelState((s) => s.settings.portalZone);
  const state = caseFieldState(record, field);
  const currency = (caseFieldState(record, 'currency').value as string | undefined) ?? 'CNY';
  const shown = fieldInputText(field, state.value, currency, zone);
  const [error, setError] = useState<string | null>(null);
  const label = t(`field.${field}` as MessageKey);
  const id = `field-${field}`;

  const commit = (text: string) => {
    if (text === shown) return;
    const parsed = parseFieldInput(field, text, currency, zone);
    if (!parsed.ok) return setError(t('invalidValue', { field: label, detail: parsed.error }));
    setError(null);
    void actions.editField(field, parsed.value);
  };

  const picking = usePanelState((s) => s.picking);
  const options = FIELD_KINDS[field] === 'boolean' ? ['true', 'false'] : ENUM_OPTIONS[field];
  return (
    <div className={`field${state.edited ? ' field-edited' : ''}${state.value === undefined ? ' field-empty' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {options ? (
        <select id={id} value={shown} onChange={(e) => commit(e.target.value)}>
          <option value="">{t('unset')}</option>
          {options.map((o) => (
            <option key={o} value={o}>
              {o === 'true' ? t('yes') : o === 'false' ? t('no') : t(`enum.${o}` as MessageKey)}
            </option>
          ))}
        </select>
      ) : (
        <input
          id={id}
          className="mono"
          defaultValue={shown}
          key={shown}
          aria-invalid={error !== null}
          onBlur={(e) => commit(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && commit(e.currentTarget.value)}
        />
      )}
      <p className="small field-tools">
        <Button variant="link" disabled={picking !== null} aria-pressed={picking === field} aria-label={t('pickOnPage', { field: label })} onClick={() => void actions.pick(field, label)}>
          <PickIcon />
        </Button>
        {state.source?.locator && (
          <Button variant="link" aria-label={t('showOnPage', { field: label })} onClick={() => void actions.showOnPage(label, state.source!.locator!)}>
            <TargetIcon />
          </Button>
        )}
      </p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {state.edited && (
        <p className="small">
          <span className="badge">{t('editedBadge')}</span>{' '}
          {state.pageValue !== undefined && t('pageShows', { value: fieldInputText(field, state.pageValue, currency, zone) })}
        </p>
      )}
      {state.source && (
        <p className="source small muted">
          <span title={state.source.text}>{state.source.label ? `${state.source.label}: ` : ''}{state.source.text}</span>
          {' · '}
          {t('confidence', { percent: Math.round(state.source.confidence * 100) })}
        </p>
      )}
    </div>
  );
}
