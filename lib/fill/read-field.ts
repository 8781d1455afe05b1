import { clean } from '../format/text';
import { readableText } from '../dom/readable-text';
import { optionText } from './collect-fields';
import type { Field } from './fill-types';
import { rootOf } from '../dom/roots';
import { isVisible } from '../dom/visibility';

const ERROR_TEXT =
  '[role=alert],[aria-live=assertive],.error,.errors,.invalid-feedback,.help-block,[class*="error"],[class*="explain"],[class*="invalid"]';
const CONTROLS =
  'input,select,textarea,[contenteditable=""],[contenteditable="true"],[role=combobox],[role=radiogroup]';

const isChecked = (el: Element) =>
  el.localName === 'input' ? (el as HTMLInputElement).checked : el.getAttribute('aria-checked') === 'true';

/**
 * Whether an element shows a dropdown's placeholder ("请选择"): antd's bare placeholder span, Element Plus's
 * transparent one. Element Plus also shows the chosen label inside a "placeholder" element, with a child span.
 */
function isPlaceholder(e: Element): boolean {
  const cls = e.getAttribute('class') ?? '';
  return /placeholder/i.test(cls) && (/transparent/i.test(cls) || e.childElementCount === 0);
}

/** What a custom dropdown shows as chosen: its input's value, else its box's text without placeholders and popups. */
export function comboboxDisplay(field: Pick<Field, 'el' | 'box'>): string {
  const own = field.el.localName === 'input' ? clean((field.el as HTMLInputElement).value) : '';
  if (own) return own;
  let out = '';
  const walk = (n: Node) => {
    if (n.nodeType === 3) out += n.nodeValue ?? '';
    if (n.nodeType !== 1) return;
    const e = n as Element;
    if (isPlaceholder(e) || e.getAttribute('role') === 'listbox' || e.hasAttribute('hidden')) return;
    if (e.localName === 'script' || e.localName === 'style' || e.localName === 'input') return;
    for (let c = e.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(field.box);
  return clean(out).slice(0, 500);
}

/** What a field shows now, as text: a value, the chosen option's text, the checked options, file names. */
export function readField(field: Field): string {
  const el = field.el;
  switch (field.kind) {
    case 'text':
      return (el as HTMLInputElement).value ?? '';
    case 'editable':
      return clean(el.textContent ?? '');
    case 'select': {
      const s = el as HTMLSelectElement;
      const o = s.options[s.selectedIndex];
      return o ? optionText(o) : '';
    }
    case 'radio':
    case 'checkbox':
      return field.members.filter(isChecked).map(optionText).join(', ');
    case 'combobox':
      return comboboxDisplay(field);
    case 'file':
      return [...((el as HTMLInputElement).files ?? [])].map((f) => f.name).join(', ');
  }
}

/** Whether a radio or checkbox (native or ARIA) is checked. */
export { isChecked };

/** Whether the field cannot be changed at all (disabled itself, by a disabled fieldset, or by aria-disabled). */
export function isDisabled(field: Field): boolean {
  const off = (e: Element) =>
    e.hasAttribute('disabled') ||
    e.matches(':disabled') ||
    e.closest('fieldset[disabled]') !== null ||
    e.getAttribute('aria-disabled') === 'true';
  if (field.members.length > 0) return field.members.every(off) || off(field.box);
  return off(field.el) || (field.box !== field.el && off(field.box));
}

/** Whether a typed field is read-only (custom dropdowns and pickers may use read-only inputs and still choose). */
export function isReadOnly(field: Field): boolean {
  if (field.kind === 'combobox' || field.kind === 'radio' || field.kind === 'checkbox' || field.kind === 'file')
    return false;
  return field.el.hasAttribute('readonly') || field.el.getAttribute('aria-readonly') === 'true';
}

function describedText(el: Element): string {
  const ids = `${el.getAttribute('aria-errormessage') ?? ''} ${el.getAttribute('aria-describedby') ?? ''}`.trim();
  return ids
    .split(/\s+/)
    .filter(Boolean)
    .map((id): Element | null => rootOf(el).getElementById(id))
    .filter((n: Element | null): n is Element => n !== null && isVisible(n))
    .map((n) => readableText(n))
    .filter(Boolean)
    .join(' ');
}

/** The error text shown inside the field's own form item (a container that holds no other field). */
function itemErrorText(field: Field): string {
  let cur: Element | null = field.box;
  for (let i = 0; cur && i < 4; i++) {
    const parent: Element | null = cur.parentElement;
    if (!parent || parent.localName === 'form' || parent.localName === 'body') break;
    const others = [...parent.querySelectorAll(CONTROLS)].filter(
      (c) => c !== field.el && !field.box.contains(c) && !field.members.includes(c),
    );
    if (others.length > 0) break;
    cur = parent;
  }
  if (!cur) return '';
  for (const e of cur.querySelectorAll(ERROR_TEXT)) {
    if (e === field.el || e.contains(field.el) || !isVisible(e, { opacity: false })) continue;
    const t = readableText(e);
    if (t) return t;
  }
  return '';
}

/**
 * The page's own complaint about the field's value, if it shows one: aria-invalid with its described-by or
 * error-message text, an error element in the field's form item, or the browser's validation message.
 */
export function validationMessage(field: Field): string | null {
  const el = field.el;
  const targets = field.box === el ? [el] : [el, field.box];
  for (const t of targets) {
    if (t.getAttribute('aria-invalid') === 'true') return describedText(t) || itemErrorText(field) || 'invalid';
  }
  const item = itemErrorText(field);
  if (item) return item;
  const native = el as HTMLInputElement;
  // A step mismatch is no complaint a person sees: number widgets keep step=1 while taking two decimals
  // (Element Plus's input-number), and the browser says nothing until a native submit the portal never makes.
  const v = native.validity;
  if (
    native.willValidate &&
    v &&
    !v.valid &&
    !v.valueMissing &&
    !(v.stepMismatch && !v.badInput && !v.rangeOverflow && !v.rangeUnderflow)
  ) {
    return native.validationMessage || 'invalid';
  }
  return null;
}
