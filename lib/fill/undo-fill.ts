import { findByLocator, structuralLocator } from '../dom/locator';
import type { FieldOutcome, FillReport, UndoEntry, UndoSnapshot } from '../schema/fill';
import { widgetBox } from './collect-fields';
import { clean, clip } from '../format/text';
import { focusIn, focusOut, inputAndChange, pointerClick, yieldToPage } from './dom-events';
import { outlineTarget } from './execute-fill';
import type { Field, FieldKind } from './fill-types';
import { literalWords } from './match-option';
import { flashOutline } from './outline';
import { comboboxDisplay, isChecked, readField } from './read-field';
import { clickMember, pickInCombobox } from './write-choice';
import { clearFiles } from './write-files';
import type { EntryDraft } from './write-result';
import { isDatePicker, pickerClear } from './write-date';
import { typeEditable, typeInto } from './write-text';

type Undone = { outcome: FieldOutcome['outcome']; reason?: FieldOutcome['reason']; value?: string; redo?: EntryDraft };

function kindOf(el: Element): FieldKind {
  if (el.localName === 'select') return 'select';
  if (el.localName === 'input' || el.localName === 'textarea')
    return el.getAttribute('role') === 'combobox' ? 'combobox' : 'text';
  if (el.getAttribute('role') === 'combobox' || el.getAttribute('aria-haspopup') === 'listbox') return 'combobox';
  return 'editable';
}

const asField = (el: Element, kind = kindOf(el)): Field => ({
  kind,
  el,
  box: kind === 'combobox' ? widgetBox(el) : el,
  members: [],
  inputType: (el.getAttribute('type') ?? '').toLowerCase(),
  sources: [],
  label: '',
});

async function restoreValue(el: Element, entry: Extract<UndoEntry, { kind: 'value' }>): Promise<Undone> {
  const field = asField(el, el.localName === 'select' ? 'select' : kindOf(el) === 'editable' ? 'editable' : 'text');
  const now = field.kind === 'select' ? (el as HTMLSelectElement).value : readField(field);
  if (clean(now) !== clean(entry.after)) return { outcome: 'skipped', reason: 'changed_since_fill', value: now };
  // A date picker keeps its own model: only its clear control empties it, as a person's click on it does.
  if (isDatePicker(el) && clean(entry.before) === '') return clearPicker(el, field, entry);
  if (field.kind === 'editable') typeEditable(el, entry.before);
  else if (field.kind === 'select') {
    focusIn(el);
    (el as HTMLSelectElement).value = entry.before;
    inputAndChange(el, null);
  } else typeInto(el, entry.before);
  focusOut(el);
  const back = field.kind === 'select' ? (el as HTMLSelectElement).value : readField(field);
  const redo = { kind: 'value' as const, locator: entry.locator, before: entry.after, after: clip(back, 4000) };
  return clean(back) === clean(entry.before)
    ? { outcome: 'filled', value: entry.before, redo }
    : { outcome: 'failed', reason: 'not_accepted', value: back, redo };
}

async function clearPicker(el: Element, field: Field, entry: Extract<UndoEntry, { kind: 'value' }>): Promise<Undone> {
  const control = await pickerClear(el);
  if (control) {
    pointerClick(control);
    await yieldToPage();
  }
  focusOut(el);
  await yieldToPage();
  const back = readField(field);
  const redo = { kind: 'value' as const, locator: entry.locator, before: entry.after, after: clip(back, 4000) };
  return clean(back) === ''
    ? { outcome: 'filled', value: '', redo }
    : { outcome: 'failed', reason: 'cannot_clear', value: back };
}

async function restoreCombobox(
  el: Element,
  entry: Extract<UndoEntry, { kind: 'combobox' }>,
  signal: AbortSignal,
): Promise<Undone> {
  const field = asField(el, 'combobox');
  const now = comboboxDisplay(field);
  if (clean(entry.before) === '') return { outcome: 'failed', reason: 'cannot_clear', value: now };
  if (clean(now) !== clean(entry.after)) return { outcome: 'skipped', reason: 'changed_since_fill', value: now };
  const r = await pickInCombobox(field, literalWords(entry.before), signal);
  return r.outcome === 'filled'
    ? { outcome: 'filled', value: r.value, redo: r.entry }
    : { outcome: r.outcome, reason: r.reason, value: r.value };
}

function restoreChoice(doc: Document, entry: Extract<UndoEntry, { kind: 'choice' }>): Undone {
  // A group nothing was chosen in cannot be emptied again, whatever happened since.
  if (!entry.before) return { outcome: 'failed', reason: 'cannot_clear' };
  const chosen = findByLocator(doc, { path: entry.after.path });
  if (!chosen || !isChecked(chosen)) return { outcome: 'skipped', reason: 'changed_since_fill' };
  const previous = findByLocator(doc, entry.before);
  if (!previous) return { outcome: 'failed', reason: 'cannot_clear' };
  clickMember(previous);
  const redo = {
    kind: 'choice' as const,
    locator: entry.locator,
    before: entry.after,
    after: structuralLocator(previous),
  };
  return isChecked(previous) ? { outcome: 'filled', redo } : { outcome: 'failed', reason: 'not_accepted' };
}

function restoreCheck(el: Element, entry: Extract<UndoEntry, { kind: 'check' }>): Undone {
  if (isChecked(el) !== entry.after) return { outcome: 'skipped', reason: 'changed_since_fill' };
  clickMember(el);
  const redo = { kind: 'check' as const, locator: entry.locator, before: entry.after, after: entry.before };
  return isChecked(el) === entry.before ? { outcome: 'filled', redo } : { outcome: 'failed', reason: 'not_accepted' };
}

function restoreFiles(el: Element, entry: Extract<UndoEntry, { kind: 'files' }>): Undone {
  const input = el as HTMLInputElement;
  const count = input.files?.length ?? 0;
  if (count !== entry.after) return { outcome: 'skipped', reason: 'changed_since_fill' };
  if (entry.before > 0) return { outcome: 'failed', reason: 'cannot_clear' };
  clearFiles(input);
  return (input.files?.length ?? 0) === 0
    ? { outcome: 'filled', value: '' }
    : { outcome: 'failed', reason: 'not_accepted' };
}

async function restore(doc: Document, entry: UndoEntry, signal: AbortSignal): Promise<Undone> {
  if (signal.aborted) return { outcome: 'failed', reason: 'cancelled' };
  if (entry.kind === 'choice') return restoreChoice(doc, entry);
  const el = findByLocator(doc, entry.locator);
  if (!el) return { outcome: 'not_found' };
  switch (entry.kind) {
    case 'value':
      return await restoreValue(el, entry);
    case 'combobox':
      return restoreCombobox(el, entry, signal);
    case 'check':
      return restoreCheck(el, entry);
    case 'files':
      return restoreFiles(el, entry);
  }
}

/**
 * Puts back what the filled fields held before, last filled first, through the same events a person's edit
 * makes. Fields changed since the fill are left alone; a choice or files that cannot be taken back say so.
 * The returned snapshot undoes the undo.
 */
export async function undoFill(
  doc: Document,
  snapshot: UndoSnapshot,
  signal: AbortSignal = new AbortController().signal,
): Promise<FillReport> {
  const outcomes: FieldOutcome[] = [];
  const redo: UndoEntry[] = [];
  for (const entry of [...snapshot.entries].reverse()) {
    const r = await restore(doc, entry, signal);
    await yieldToPage();
    const outcome: FieldOutcome = { key: entry.key, label: entry.label, outcome: r.outcome, locator: entry.locator };
    if (entry.part) outcome.part = entry.part;
    if (r.reason) outcome.reason = r.reason;
    if (r.value !== undefined) outcome.value = clip(r.value, 4000);
    outcomes.push(outcome);
    if (r.redo)
      redo.push({
        ...r.redo,
        key: entry.key,
        label: entry.label,
        ...(entry.part ? { part: entry.part } : {}),
      } as UndoEntry);
    const el = r.outcome === 'filled' ? findByLocator(doc, entry.locator) : null;
    if (el) flashOutline(outlineTarget(asField(el)), signal);
  }
  return { outcomes: outcomes.reverse(), snapshot: { url: snapshot.url, entries: redo.reverse() } };
}
