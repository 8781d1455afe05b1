import { useState } from 'react';
import { caseFieldState } from '../lib/store/case-data';
import { enumLabel, fieldKey, unblockWhyKey } from '../lib/i18n';
import type { CaseRecord } from '../lib/schema/case';
import type { OrderKey } from '../lib/schema/order';
import { ENUM_OPTIONS, parseFieldInput } from '../lib/schema/order-field-input';
import { Verdict } from '../lib/schema/verdict';
import { Button } from './ui/button';
import { Choices } from './capture-problems';
import { usePanelState, usePanelStore, useT } from '../lib/store/panel-context';

/** The fields whose absence stops the check or turns it on an assumption, in the order an agent settles them. */
const BLOCKING = ['status', 'settled', 'amountMinor', 'paidAt'] as const satisfies readonly OrderKey[];
type BlockingField = (typeof BLOCKING)[number];

/** The blocking fields the case's verdict lacks or assumed (settled is taken as "not settled" when unknown). */
function blockedOn(record: CaseRecord): BlockingField[] {
  const verdict = Verdict.safeParse(record.verdictSnapshot);
  if (!verdict.success) return [];
  const open = new Set<string>(verdict.data.missingFields);
  for (const w of verdict.data.warnings)
    if (w.code === 'field_assumed' && w.params.field === 'settled') open.add('settled');
  return BLOCKING.filter((k) => open.has(k) && caseFieldState(record, k).value === undefined);
}

/**
 * Where the check stops for want of a field, the fill card asks for it in place: the field's choices as
 * buttons (or a box to type it), and why the check needs it. Each answer is logged as the agent's edit.
 */
export function UnblockFields({ record }: { record: CaseRecord }) {
  const keys = blockedOn(record);
  if (keys.length === 0) return null;
  return (
    <div className="unblock">
      {keys.map((key) => (
        <Unblock key={`${record.id}-${key}`} record={record} field={key} />
      ))}
    </div>
  );
}

function Unblock({ record, field }: { record: CaseRecord; field: BlockingField }) {
  const t = useT();
  const { actions } = usePanelStore();
  const problems = usePanelState((s) => s.problems);
  const label = t(fieldKey(field));
  const id = `unblock-${field}`;
  const choices = problems.find((p) => p.key === field && p.choices)?.choices;
  const options: { value: string | boolean; text: string }[] =
    field === 'settled'
      ? [true, false].map((v) => ({ value: v, text: t(`unblock.settled.${v}`) }))
      : (ENUM_OPTIONS[field] ?? []).map((o) => ({ value: o, text: enumLabel(t, o) }));
  return (
    <div role="group" aria-labelledby={`${id}-label`} aria-describedby={`${id}-why`} className="unblock-field">
      <p className="small">
        <strong id={`${id}-label`}>{label}</strong> <span id={`${id}-why`}>{t(unblockWhyKey(field))}</span>
      </p>
      {options.length > 0 && (
        <span className="choices">
          {options.map((o) => (
            <Button key={String(o.value)} onClick={() => void actions.chooseValue(field, o.value)}>
              {o.text}
            </Button>
          ))}
        </span>
      )}
      {choices && <Choices field={field} choices={choices} />}
      {options.length === 0 && <TypeValue record={record} field={field} label={label} />}
    </div>
  );
}

/** A box for a value with no fixed choices (an amount, a payment time), checked as the order field's own editor does. */
function TypeValue({ record, field, label }: { record: CaseRecord; field: OrderKey; label: string }) {
  const t = useT();
  const { actions } = usePanelStore();
  const zone = usePanelState((s) => s.settings.portalZone);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const currency = (caseFieldState(record, 'currency').value as string | undefined) ?? 'CNY';
  const use = () => {
    const parsed = parseFieldInput(field, text, currency, zone);
    if (!parsed.ok || parsed.value === undefined)
      return setError(t('invalidValue', { field: label, detail: parsed.ok ? '' : parsed.error }));
    setError(null);
    void actions.chooseValue(field, parsed.value as string | number | boolean);
  };
  return (
    <span className="unblock-type">
      <input
        aria-label={label}
        className="mono"
        value={text}
        aria-invalid={error !== null}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => e.key === 'Enter' && use()}
      />
      <Button onClick={use}>{t('unblock.use')}</Button>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
