import type { FillFile, FillKey, FillPart, FillRequest, FieldOutcome, FillConflict } from '../schema/fill';
import type { Locator } from '../schema/capture';
import type { LabelSource } from './field-label';

/**
 * How a field takes a value: typed text (inputs, textareas, ARIA spinbuttons), rich text (contenteditable),
 * a native select, a radio or checkbox group (native or ARIA), a custom dropdown, or a file input.
 */
export type FieldKind = 'text' | 'editable' | 'select' | 'radio' | 'checkbox' | 'combobox' | 'file';

/** One choice of a select, radio group or listbox, as a person reads it. */
export interface FieldOption {
  text: string;
  value: string;
  el: Element;
}

/** A form field found on the page. */
export interface Field {
  kind: FieldKind;
  /** The element written to: the control, the combobox, the first radio of a group. */
  el: Element;
  /** The element standing for the whole field (a radio group's container); the same as el otherwise. */
  box: Element;
  /** Radios and checkboxes of a group. */
  members: Element[];
  /** input type (lower case) for inputs, else ''. */
  inputType: string;
  sources: LabelSource[];
  /** The name a person would read, for reports. */
  label: string;
}

/** How a planned value is written: text in the field's own format, an option to pick, or files. */
export type PlannedValue =
  | { kind: 'text'; text: string; compare: (current: string) => boolean; date?: { template: string; full: string } }
  | { kind: 'choice'; key: FillKey; words: ChoiceWords }
  | { kind: 'files'; files: FillFile[] };

/** What to look for among a field's options, best first, with the text to type if the field is free text. */
export interface ChoiceWords {
  /** Option texts or values that are the wanted choice, best first. */
  wanted: readonly string[];
  /** Words of the other choices of the same key, so "预授权撤销" is never taken for "撤销". */
  others: readonly string[];
  /** What to type into a plain text field asking for this key. */
  typed: string;
}

export interface PlannedField {
  key: FillKey;
  part?: FillPart;
  field: Field;
  value: PlannedValue;
  locator: Locator;
}

/** What planFill decided: the fields to write and, for the rest, why not. */
export interface FillPlan {
  doc: Document;
  request: FillRequest;
  fields: PlannedField[];
  /** Keys that found no field, or several equally fitting ones. */
  unplanned: FieldOutcome[];
  conflict?: FillConflict;
}
