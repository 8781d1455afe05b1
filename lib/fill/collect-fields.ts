import { isSensitiveControl } from '../extract/read-control';
import { isSubmitter } from './dom-events';
import { clean } from '../format/text';
import { readableText } from '../dom/readable-text';
import { labelSources } from './field-label';
import { isDatePicker } from './write-date';
import type { Field, FieldKind, FieldOption } from './fill-types';
import { walkElements, type Root } from '../dom/roots';
import { isVisible, isShownThrough } from '../dom/visibility';
import { isHoneypot } from './honeypot';

const NEVER = new Set(['hidden', 'submit', 'button', 'image', 'reset', 'password', 'range', 'color']);
const WIDGET_BOX = /select|combo|picker|dropdown|cascader/i;

const isEditableRoot = (el: Element) => {
  const ce = el.getAttribute('contenteditable');
  if (ce !== '' && ce !== 'true' && ce !== 'plaintext-only') return false;
  const parent = el.parentElement?.closest('[contenteditable]');
  return !parent || parent.getAttribute('contenteditable') === 'false';
};

/** Whether the element sits inside a dropdown's popup, whose options are picked, never filled as fields. */
const inPopup = (el: Element) => el.closest('[role=listbox],[role=option],[role=menu],[role=tree]') !== null;

/** The element a custom dropdown shows itself in (antd .ant-select, Element Plus .el-select), around its combobox. */
export function widgetBox(el: Element): Element {
  let cur: Element | null = el.parentElement;
  for (let i = 0; cur && i < 4; i++, cur = cur.parentElement) {
    if (WIDGET_BOX.test(cur.getAttribute('class') ?? '')) {
      let top = cur;
      while (
        top.parentElement &&
        WIDGET_BOX.test(top.parentElement.getAttribute('class') ?? '') &&
        top.parentElement.querySelectorAll('input,[role=combobox]').length <= 1
      ) {
        top = top.parentElement;
      }
      return top;
    }
  }
  // A bare combobox input stands in a box of its own only when that box holds nothing else to fill.
  const parent = el.parentElement;
  const alone = parent !== null && parent.querySelectorAll('input,select,textarea,[role=combobox]').length === 1;
  return el.localName === 'input' && alone ? parent : el;
}

function commonAncestor(members: Element[]): Element {
  const first = members[0] as Element;
  const declared = first.closest('[role=radiogroup],[role=group],fieldset');
  if (declared && members.every((m) => declared.contains(m))) return declared;
  if (members.length === 1) return first.closest('label')?.parentElement ?? first.parentElement ?? first;
  let cur: Element | null = first.parentElement;
  while (cur && !members.every((m) => cur?.contains(m))) cur = cur.parentElement;
  return cur ?? first;
}

function kindOf(el: Element): { kind: FieldKind; type: string } | 'group' | null {
  if (isSubmitter(el)) return null;
  const role = el.getAttribute('role');
  switch (el.localName) {
    case 'input': {
      const type = (el.getAttribute('type') ?? 'text').toLowerCase();
      if (NEVER.has(type)) return null;
      if (type === 'radio' || type === 'checkbox') return 'group';
      if (type === 'file') return { kind: 'file', type };
      // A combobox box that pops up a calendar dialog is a date picker: it takes typed text.
      if (role === 'combobox' && !el.hasAttribute('list') && !isDatePicker(el)) return { kind: 'combobox', type };
      return { kind: 'text', type };
    }
    case 'textarea':
      return { kind: 'text', type: '' };
    case 'select':
      return { kind: 'select', type: '' };
    default:
      if (role === 'combobox' || (el.getAttribute('aria-haspopup') === 'listbox' && !el.closest('[role=combobox]'))) {
        return el.querySelector('input,[role=combobox]') ? null : { kind: 'combobox', type: '' };
      }
      if (role === 'radiogroup')
        return flatQueryAll(el, 'input[type=radio]').length ? null : { kind: 'radio', type: '' };
      if (isEditableRoot(el)) return { kind: 'editable', type: '' };
      return null;
  }
}

const groupIds = new WeakMap<Element, string>();
let nextGroup = 0;

/**
 * The group of a radio or checkbox without a name (ant-design-vue renders its radios so): the choices that
 * share its nearest container holding more than one of its kind, as a person sees them side by side.
 */
function unnamedGroup(el: Element): string {
  const type = el.getAttribute('type');
  let box = el.parentElement;
  while (box && box.querySelectorAll(`input[type=${type}]:not([name])`).length < 2) box = box.parentElement;
  const owner = box ?? el;
  let id = groupIds.get(owner);
  if (!id) groupIds.set(owner, (id = `#${nextGroup++}`));
  return id;
}

/** Matching elements in an element's flat tree: its descendants and what its shadow root's slots show. */
function flatQueryAll(el: Element, selector: string): Element[] {
  const out = new Set<Element>(el.querySelectorAll(selector));
  for (const slot of el.querySelectorAll('slot')) {
    for (const shown of (slot as HTMLSlotElement).assignedElements?.({ flatten: true }) ?? []) {
      if (shown.matches(selector)) out.add(shown);
      for (const inner of shown.querySelectorAll(selector)) out.add(inner);
    }
  }
  return [...out];
}

/** The text a radio, checkbox or option shows for itself. */
export function optionText(el: Element): string {
  if (el.localName === 'option') return clean((el as HTMLOptionElement).text || el.textContent || '');
  const labels = [...((el as HTMLInputElement).labels ?? [])];
  const own = labels.map((l) => readableText(l)).find(Boolean) ?? el.getAttribute('aria-label') ?? '';
  if (own) return own;
  if (el.localName !== 'input') return readableText(el) || clean(el.getAttribute('title') ?? '');
  const next = el.nextSibling;
  const after = next ? (next.nodeType === 3 ? clean(next.nodeValue ?? '') : readableText(next)) : '';
  return after || clean(el.getAttribute('value') ?? '');
}

/** The choices a field offers right now (a select's enabled options, a group's radios or checkboxes). */
export function fieldOptions(field: Field): FieldOption[] {
  if (field.kind === 'select') {
    return [...(field.el as HTMLSelectElement).options]
      .filter((o) => !o.disabled)
      .map((o) => ({ text: optionText(o), value: o.value, el: o }));
  }
  return field.members.map((m) => ({ text: optionText(m), value: m.getAttribute('value') ?? '', el: m }));
}

/** The label a person reads first, without required-field stars and trailing colons. */
function firstLabel(field: Omit<Field, 'label'>): string {
  const text = (field.sources.find((s) => s.visible) ?? field.sources[0])?.text ?? '';
  return text.replace(/^[\s*＊]+|[\s*＊:：]+$/gu, '');
}

/**
 * Finds the form fields a person could fill in the document, its same-origin frames and open shadow roots,
 * in reading order, each with the places its name can be read from. Hidden fields, spam traps, passwords and
 * card-security fields, buttons and the insides of dropdown popups are never returned.
 */
export function collectFields(doc: Document): Field[] {
  const fields: Field[] = [];
  const groups = new Map<Root | Element, Map<string, Element[]>>();
  const widgets: Element[] = [];
  walkElements(doc, (el, root) => {
    const kind = kindOf(el);
    if (kind === null || inPopup(el) || isSensitiveControl(el)) return;
    if (kind === 'group') {
      const owner = (el as HTMLInputElement).form ?? root;
      const byName = groups.get(owner) ?? new Map<string, Element[]>();
      groups.set(owner, byName);
      const type = (el.getAttribute('type') ?? '').toLowerCase();
      const name = `${type}:${el.getAttribute('name') ?? unnamedGroup(el)}`;
      const members = byName.get(name);
      if (members) members.push(el);
      else {
        byName.set(name, [el]);
        fields.push({
          kind: type === 'radio' ? 'radio' : 'checkbox',
          el,
          box: el,
          members: [el],
          inputType: type,
          sources: [],
          label: '',
        });
      }
      return;
    }
    if (widgets.some((w) => w.contains(el))) return;
    const box = kind.kind === 'combobox' ? widgetBox(el) : el;
    if (kind.kind === 'combobox' || kind.kind === 'radio') widgets.push(box);
    const members = kind.kind === 'radio' ? flatQueryAll(el, '[role=radio]').filter((m) => !isSubmitter(m)) : [];
    fields.push({ kind: kind.kind, el: members[0] ?? el, box, members, inputType: kind.type, sources: [], label: '' });
  });
  for (const byName of groups.values()) {
    for (const members of byName.values()) {
      const field = fields.find((f) => f.el === members[0]);
      if (field) Object.assign(field, { members, box: commonAncestor(members) });
    }
  }
  return fields.filter((f) => {
    if (f.kind === 'checkbox' && f.members.length < 2) return false;
    const owned = (e: Element) => e === f.el || f.box.contains(e) || f.members.includes(e);
    const grouped = f.kind === 'radio' || f.kind === 'checkbox';
    f.sources = labelSources(f.el, owned, grouped ? f.box : undefined);
    f.label = firstLabel(f);
    const shown = grouped
      ? f.members.some(isShownThrough)
      : f.kind === 'file'
        ? isShownThrough(f.el)
        : isVisible(f.box, { opacity: f.kind !== 'combobox' });
    if (!shown) return false;
    return !isHoneypot(f, f.sources.map((s) => s.text).join(' '));
  });
}
