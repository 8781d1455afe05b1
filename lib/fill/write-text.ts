import { structuralLocator } from '../dom/locator';
import { clean, clip } from '../format/text';
import { beforeInput, focusIn, focusOut, inputAndChange, setNativeValue, yieldToPage } from './dom-events';
import type { Field } from './fill-types';
import { isReadOnly, readField, validationMessage } from './read-field';
import { notWritten, type WriteResult } from './write-result';

/** Replaces an input's or textarea's text as typing would: focus, beforeinput, native set, input, change, blur. */
export function typeInto(el: Element, text: string): void {
  focusIn(el);
  if (beforeInput(el, text)) {
    setNativeValue(el, text);
    inputAndChange(el, text);
  }
}

/** Replaces a contenteditable's text through the editing command (editors see real input events), else by hand. */
export function typeEditable(el: Element, text: string): void {
  const doc = el.ownerDocument;
  focusIn(el);
  const selection = doc.getSelection?.();
  if (selection) {
    const range = doc.createRange();
    range.selectNodeContents(el);
    selection.removeAllRanges();
    selection.addRange(range);
  }
  const exec = (doc as { execCommand?: (c: string, ui: boolean, v: string) => boolean }).execCommand;
  const done =
    typeof exec === 'function' &&
    exec.call(doc, 'insertText', false, text) &&
    clean(el.textContent ?? '') === clean(text);
  if (!done && beforeInput(el, text)) {
    el.textContent = text;
    const v = (doc.defaultView ?? globalThis) as Window & typeof globalThis;
    el.dispatchEvent(new v.InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
  }
}

/**
 * Writes text into a typed field (input, textarea, contenteditable, an editable combobox input) unless it
 * already holds it, is read-only or too short for it; reads it back and reports the page's complaint if any.
 */
export async function writeText(
  field: Field,
  text: string,
  compare: (current: string) => boolean,
): Promise<WriteResult> {
  const el = field.el;
  const current = field.kind === 'combobox' ? ((el as HTMLInputElement).value ?? '') : readField(field);
  if (compare(current)) return notWritten('skipped', 'same_value', { value: current });
  if (isReadOnly(field)) return notWritten('skipped', 'read_only', { value: current });
  if (field.kind === 'combobox' && (el.localName !== 'input' || el.hasAttribute('readonly')))
    return notWritten('failed', 'unsupported');
  const max = (el as HTMLInputElement).maxLength;
  if (typeof max === 'number' && max > 0 && text.length > max)
    return notWritten('failed', 'too_long', { message: `maxlength ${max}` });
  if (field.kind === 'editable') typeEditable(el, text);
  else typeInto(el, text);
  focusOut(el);
  await yieldToPage();
  const read = () => (field.kind === 'combobox' ? (el as HTMLInputElement).value : readField(field));
  const after = read();
  const entry = {
    kind: 'value' as const,
    locator: structuralLocator(el),
    before: clip(current, 4000),
    after: clip(after, 4000),
  };
  if (!compare(after)) {
    const message = validationMessage(field) ?? undefined;
    return notWritten('failed', message ? 'invalid' : 'not_accepted', {
      value: after,
      message,
      entry: after !== current ? entry : undefined,
    });
  }
  const message = validationMessage(field);
  if (message) return notWritten('failed', 'invalid', { value: after, message, entry });
  return { outcome: 'filled', value: text, entry, holds: () => compare(read()) };
}
