import type { ReactNode } from 'react';

/**
 * One labelled control: the label names it; a hint and an error (ids `${id}-hint`, `${id}-error`) can
 * describe it, and the control points at them with aria-describedby.
 */
export function Field({ id, label, hint, error, children }: { id: string; label: ReactNode; hint?: ReactNode; error?: ReactNode; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="small muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** A select over fixed choices, each shown in words; `empty` adds a first "any / not set" choice. */
export function Choices<V extends string>({
  id,
  value,
  choices,
  words,
  empty,
  onChange,
}: {
  id: string;
  value: V | '';
  choices: readonly V[];
  words: (choice: V) => string;
  empty?: string;
  onChange: (value: V | '') => void;
}) {
  return (
    <select id={id} value={value} onChange={(e) => onChange(choices.find((c) => c === e.target.value) ?? '')}>
      {empty !== undefined && <option value="">{empty}</option>}
      {choices.map((c) => (
        <option key={c} value={c}>
          {words(c)}
        </option>
      ))}
    </select>
  );
}
