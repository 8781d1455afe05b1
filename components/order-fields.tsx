import { useState } from 'react';
import type { CaseRecord } from '../lib/schema/case';
import { caseFieldState } from '../lib/store/case-data';
import { ORDER_KEYS, type OrderKey } from '../lib/schema/order';
import { ENUM_OPTIONS, FIELD_KINDS, fieldInputText, parseFieldInput } from '../lib/schema/order-field-input';
import { enumLabel, fieldKey } from '../lib/i18n';
import { Badge } from './ui/badge';
import { Button } from './ui/button';
import { Card } from './ui/card';
import { PickIcon, TargetIcon } from './ui/icons';
import { usePanelState, usePanelStore, useT } from '../lib/store/panel-context';

/** Amounts are shown with their currency beside them. */
const MONEY: ReadonlySet<OrderKey> = new Set(['amountMinor', 'refundedMinor']);

/** What an agent checks on every case; the rest waits behind "more fields" unless missing or edited. */
const KEY_FIELDS: ReadonlySet<OrderKey> = new Set([
  'orderNo',
  'amountMinor',
  'paidAt',
  'status',
  'settled',
  'paymentMethod',
  'transactionType',
]);

/** The fields the case's last verdict said it needs but does not have. */
function requiredMissing(record: CaseRecord): Set<OrderKey> {
  const missing = record.verdictSnapshot?.missingFields;
  return new Set(
    Array.isArray(missing) ? missing.filter((k): k is OrderKey => (ORDER_KEYS as readonly unknown[]).includes(k)) : [],
  );
}

/** The captured order, one editable row per field with where its value came from; key fields first. */
export function OrderFields() {
  const t = useT();
  const current = usePanelState((s) => s.currentCase);
  const [more, setMore] = useState(false);
  if (!current) return null;
  const required = requiredMissing(current);
  const shown = (k: OrderKey) => KEY_FIELDS.has(k) || required.has(k) || k in current.edits;
  const row = (key: OrderKey) => (
    <FieldRow key={`${current.id}-${key}`} record={current} field={key} required={required.has(key)} />
  );
  const rest = ORDER_KEYS.filter((k) => !shown(k));
  return (
    <Card
      id="order-heading"
      title={
        <>
          {t('order')} <span className="mono">{current.orderNo}</span>
        </>
      }
    >
      <div className="fields">{ORDER_KEYS.filter(shown).map(row)}</div>
      {rest.length > 0 && (
        <details open={more} onToggle={(e) => setMore(e.currentTarget.open)}>
          <summary className="small">{t('moreFields', { count: rest.length })}</summary>
          <div className="fields">{rest.map(row)}</div>
        </details>
      )}
    </Card>
  );
}

function FieldRow({ record, field, required }: { record: CaseRecord; field: OrderKey; required: boolean }) {
  const t = useT();
  const { actions } = usePanelStore();
  const zone = usePanelState((s) => s.settings.portalZone);
  const state = caseFieldState(record, field);
  const currency = (caseFieldState(record, 'currency').value as string | undefined) ?? 'CNY';
  const shown = fieldInputText(field, state.value, currency, zone);
  const [error, setError] = useState<string | null>(null);
  const label = t(fieldKey(field));
  const id = `field-${field}`;
  const sourceId = `source-${field}`;
  const described = state.source ? sourceId : undefined;
  const sourceText = state.source
    ? `${state.source.label ? `${state.source.label}: ` : ''}${state.source.text}`
    : undefined;

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
      <label htmlFor={id}>
        {label}
        {required && <span className="required"> ({t('requiredMissing')})</span>}
      </label>
      {options ? (
        <select
          id={id}
          value={shown}
          title={sourceText}
          aria-describedby={described}
          aria-required={required || undefined}
          onChange={(e) => commit(e.target.value)}
        >
          <option value="">{t('unset')}</option>
          {options.map((o) => (
            <option key={o} value={o}>
              {o === 'true' ? t('yes') : o === 'false' ? t('no') : enumLabel(t, o)}
            </option>
          ))}
        </select>
      ) : (
        <span className={MONEY.has(field) ? 'with-unit' : 'plain'}>
          <input
            id={id}
            className="mono"
            title={sourceText}
            aria-describedby={described}
            aria-required={required || undefined}
            defaultValue={shown}
            key={shown}
            aria-invalid={error !== null}
            onBlur={(e) => commit(e.target.value)}
            onKeyDown={(e) => e.key === 'Enter' && commit(e.currentTarget.value)}
          />
          {MONEY.has(field) && <span className="unit mono">{currency}</span>}
        </span>
      )}
      <p className="small field-tools">
        <Button
          variant="link"
          disabled={picking !== null}
          aria-pressed={picking === field}
          aria-label={t('pickOnPage', { field: label })}
          onClick={() => void actions.pick(field, label)}
        >
          <PickIcon />
        </Button>
        {state.source?.locator && (
          <Button
            variant="link"
            aria-label={t('showOnPage', { field: label })}
            onClick={() => void actions.showOnPage(label, state.source!.locator!)}
          >
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
          <Badge tone="edited">{t('editedBadge')}</Badge>{' '}
          {state.pageValue !== undefined &&
            t('pageShows', { value: fieldInputText(field, state.pageValue, currency, zone) })}
        </p>
      )}
      {state.source && (
        <p className="source small muted" id={sourceId}>
          <span>{sourceText}</span>
          {' · '}
          {t('confidence', { percent: Math.round(state.source.confidence * 100) })}
        </p>
      )}
    </div>
  );
}
