import type { InputHTMLAttributes } from 'react';
import { errorId, fieldId } from './field-errors';

/** Messages by rule-set path, as placeErrors gives them. */
export type FieldErrors = Readonly<Record<string, readonly string[]>>;

interface Common {
  /** The rule-set path the field edits, e.g. `rules[3].window.n`; it names the input and finds its errors. */
  path: string;
  label: string;
  errors: FieldErrors;
  hint?: string;
}

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

/** The shared stylesheet has no invalid state, so the border says it here. */
const INVALID_STYLE = { borderColor: 'var(--danger)' } as const;

/** The zod messages for a path, right under its input. */
export function FieldError({ path, errors }: { path: string; errors: FieldErrors }) {
  const messages = errors[path];
  if (!messages?.length) return null;
  return (
    <p id={errorId(path)} className="field-error">
      {messages.join('; ')}
    </p>
  );
}

/** A labelled text input that shows its own errors and points to them with aria-describedby. */
export function TextField({
  path,
  label,
  errors,
  hint,
  value,
  onChange,
  ...rest
}: Common & { value: string; onChange: (value: string) => void } & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'id'>) {
  const id = fieldId(path);
  const invalid = !!errors[path]?.length;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={value}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(invalid && errorId(path), hint && `${id}-hint`)}
        style={invalid ? INVALID_STYLE : undefined}
        onChange={(e) => onChange(e.target.value)}
        {...rest}
      />
      <FieldError path={path} errors={errors} />
      {hint && (
        <p id={`${id}-hint`} className="small muted">
          {hint}
        </p>
      )}
    </div>
  );
}

/** A labelled select over a fixed list of values. */
export function SelectField<T extends string>({
  path,
  label,
  errors,
  hint,
  value,
  options,
  onChange,
}: Common & { value: T; options: readonly { value: T; label: string }[]; onChange: (value: T) => void }) {
  const id = fieldId(path);
  const invalid = !!errors[path]?.length;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(invalid && errorId(path), hint && `${id}-hint`)}
        style={invalid ? INVALID_STYLE : undefined}
        onChange={(e) => onChange(options.find((o) => o.value === e.target.value)?.value ?? value)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError path={path} errors={errors} />
      {hint && (
        <p id={`${id}-hint`} className="small muted">
          {hint}
        </p>
      )}
    </div>
  );
}

/** Checkboxes for a set of values; the order of `options` is the order the values are stored in. */
export function CheckGroup<T extends string>({
  path,
  label,
  errors,
  hint,
  selected,
  options,
  onChange,
}: Common & { selected: readonly T[]; options: readonly { value: T; label: string }[]; onChange: (values: T[]) => void }) {
  const id = fieldId(path);
  const invalid = !!errors[path]?.length;
  const toggle = (value: T, on: boolean) => onChange(options.map((o) => o.value).filter((v) => (v === value ? on : selected.includes(v))));
  return (
    <fieldset id={id} className="check-group" style={invalid ? INVALID_STYLE : undefined} aria-describedby={describedBy(invalid && errorId(path), hint && `${id}-hint`)}>
      <legend className="small muted">{label}</legend>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '2px 12px' }}>
        {options.map((o) => (
          <label key={o.value} className="small">
            <input type="checkbox" checked={selected.includes(o.value)} aria-invalid={invalid || undefined} onChange={(e) => toggle(o.value, e.target.checked)} /> {o.label}
          </label>
        ))}
      </div>
      <FieldError path={path} errors={errors} />
      {hint && (
        <p id={`${id}-hint`} className="small muted">
          {hint}
        </p>
      )}
    </fieldset>
  );
}
