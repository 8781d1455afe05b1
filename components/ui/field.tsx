import type {
  CSSProperties,
  InputHTMLAttributes,
  ReactNode,
  SelectHTMLAttributes,
  TextareaHTMLAttributes,
} from 'react';

/** What every field has: the control's id, the label that names it, and a hint and an error that describe it. */
export interface FieldProps {
  /** The control's id; the error is `${id}-error` and the hint `${id}-hint`. */
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  /** What is wrong with the value, shown right under the control; the control is then marked invalid. */
  error?: ReactNode;
  /** Read the error out as it appears (role="alert", the default); off where a summary already announces it. */
  announce?: boolean;
}

/** The shared stylesheet has no invalid state, so the border says it here. */
const INVALID_STYLE: CSSProperties = { borderColor: 'var(--danger)' };

/** What a control takes from its field: invalid while there is an error, described by the error, the hint and `more`. */
function controlState({ id, hint, error }: Pick<FieldProps, 'id' | 'hint' | 'error'>, more?: string) {
  const invalid = Boolean(error);
  const describedBy = [invalid && `${id}-error`, Boolean(hint) && `${id}-hint`, more].filter(Boolean).join(' ');
  return {
    'aria-invalid': invalid || undefined,
    'aria-describedby': describedBy || undefined,
    style: invalid ? INVALID_STYLE : undefined,
  };
}

/** The error of a field (or of a group of fields), id `${id}-error`; nothing when there is none. */
export function FieldError({ id, error, announce = true }: Pick<FieldProps, 'id' | 'error' | 'announce'>) {
  if (!error) return null;
  return (
    <p id={`${id}-error`} className="field-error" role={announce ? 'alert' : undefined}>
      {error}
    </p>
  );
}

function FieldHint({ id, hint }: Pick<FieldProps, 'id' | 'hint'>) {
  if (!hint) return null;
  return (
    <p id={`${id}-hint`} className="small muted">
      {hint}
    </p>
  );
}

/**
 * One labelled control with its error and hint under it. The control is the child and wires itself;
 * TextField, TextAreaField and SelectField do that wiring for the common controls.
 */
export function Field({ id, label, hint, error, announce, children }: FieldProps & { children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      <FieldError id={id} error={error} announce={announce} />
      <FieldHint id={id} hint={hint} />
    </div>
  );
}

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'>;
type TextAreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'value' | 'onChange'>;
type TextValue = { value: string; onChange: (value: string) => void };

/** A labelled text control of either kind, wired to its field; what the field does not take goes to the control. */
function TextControl({
  as: Control,
  id,
  label,
  hint,
  error,
  announce,
  value,
  onChange,
  'aria-describedby': more,
  ...rest
}: FieldProps & TextValue & (InputProps | TextAreaProps) & { as: 'input' | 'textarea' }) {
  return (
    <Field id={id} label={label} hint={hint} error={error} announce={announce}>
      <Control
        id={id}
        value={value}
        {...controlState({ id, hint, error }, more)}
        onChange={(e: { target: { value: string } }) => onChange(e.target.value)}
        {...(rest as object)}
      />
    </Field>
  );
}

/** A labelled text input; extra props (type, inputMode, placeholder, aria-invalid…) go to the input. */
export function TextField(props: FieldProps & InputProps & TextValue) {
  return <TextControl as="input" {...props} />;
}

/** A labelled textarea, wired like TextField. */
export function TextAreaField(props: FieldProps & TextAreaProps & TextValue) {
  return <TextControl as="textarea" {...props} />;
}

/** With an `empty` choice the value may be '' ("any / not set"); without one it is always one of the choices. */
type Picked<V extends string, E extends string | undefined> = E extends string ? V | '' : V;

interface ChoicesProps<V extends string, E extends string | undefined> {
  id: string;
  value: Picked<V, E>;
  choices: readonly V[];
  /** The words shown for a choice. */
  words: (choice: V) => string;
  /** Adds a first choice, with these words and the value ''. */
  empty?: E;
  onChange: (value: Picked<V, E>) => void;
}

type SelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'value' | 'onChange' | 'children'>;

/** A select over fixed choices, each shown in words; `empty` adds a first "any / not set" choice. */
export function Choices<V extends string, E extends string | undefined = undefined>({
  id,
  value,
  choices,
  words,
  empty,
  onChange,
  ...rest
}: ChoicesProps<V, E> & SelectProps) {
  // Only the listed values can be picked; anything else keeps the value as it was.
  const pick = (picked: string) =>
    (choices.find((c) => c === picked) ?? (empty !== undefined && picked === '' ? '' : value)) as Picked<V, E>;
  return (
    <select id={id} value={value} onChange={(e) => onChange(pick(e.target.value))} {...rest}>
      {empty !== undefined && <option value="">{empty}</option>}
      {choices.map((c) => (
        <option key={c} value={c}>
          {words(c)}
        </option>
      ))}
    </select>
  );
}

/** A labelled Choices select, wired like TextField. */
export function SelectField<V extends string, E extends string | undefined = undefined>({
  label,
  hint,
  error,
  announce,
  ...choices
}: FieldProps & ChoicesProps<V, E>) {
  const { id } = choices;
  return (
    <Field id={id} label={label} hint={hint} error={error} announce={announce}>
      <Choices {...choices} {...controlState({ id, hint, error })} />
    </Field>
  );
}

/** Checkboxes for a set of values under one legend; the values come out in the order of `choices`. */
export function CheckGroup<V extends string>({
  id,
  label,
  hint,
  error,
  announce,
  selected,
  choices,
  words,
  onChange,
}: FieldProps & {
  selected: readonly V[];
  choices: readonly V[];
  words: (choice: V) => string;
  onChange: (values: V[]) => void;
}) {
  const { style, ...aria } = controlState({ id, hint, error });
  const toggle = (value: V, on: boolean) => onChange(choices.filter((v) => (v === value ? on : selected.includes(v))));
  return (
    <fieldset id={id} className="check-group" style={style} aria-describedby={aria['aria-describedby']}>
      <legend className="small muted">{label}</legend>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '2px 12px' }}>
        {choices.map((c) => (
          <label key={c} className="small">
            <input
              type="checkbox"
              checked={selected.includes(c)}
              aria-invalid={aria['aria-invalid']}
              onChange={(e) => toggle(c, e.target.checked)}
            />{' '}
            {words(c)}
          </label>
        ))}
      </div>
      <FieldError id={id} error={error} announce={announce} />
      <FieldHint id={id} hint={hint} />
    </fieldset>
  );
}
