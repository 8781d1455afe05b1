import { cssString } from '../dom/locator';
import { clean } from '../format/text';
import { readableText } from '../dom/readable-text';
import { PLACEHOLDER_PROMPTS } from './fill-vocabulary';
import { rootOf } from '../dom/roots';
import { isVisible } from '../dom/visibility';

/** One place a field's name was read from, weighted by how surely a person would read it as the name. */
export interface LabelSource {
  text: string;
  weight: number;
  /** Shown text (a label, aria name, adjacent cell) rather than a hint or a programmer's name. */
  visible: boolean;
}

const CONTROL =
  'input,select,textarea,[contenteditable=""],[contenteditable="true"],[role=combobox],[role=radiogroup],[role=spinbutton],[role=textbox]';
const MAX_LABEL = 80;
const FORMAT_ONLY = /^[\s\dyYmMdDhHsS:/.\-年月日时分秒,，]*$|^[0-9.,\s¥$€£]*$/u;
const prompts = new RegExp(
  `^(?:${PLACEHOLDER_PROMPTS.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s*`,
  'iu',
);

// A target inside a combobox is the value it shows (Select2's rendered choice), not its name; a group's caption
// may well sit inside the group (Shoelace's radio group).
const texts = (ids: string, el: Element) =>
  ids
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => rootOf(el).getElementById(id))
    .map((n) => (n && !(el.getAttribute('role') === 'combobox' && el.contains(n)) ? readableText(n) : ''))
    .join(' ')
    .trim();

/** Labels pointing at the element: native `labels`, label[for] in its own root, an enclosing label. */
function labelElements(el: Element): Element[] {
  const found = new Set<Element>();
  for (const l of (el as HTMLInputElement).labels ?? []) found.add(l);
  if (el.id) {
    try {
      for (const l of rootOf(el).querySelectorAll(`label[for=${cssString(el.id)}]`)) found.add(l);
    } catch {
      // an id no selector can name has no label[for] either
    }
  }
  const wrapping = el.closest('label');
  if (wrapping) found.add(wrapping);
  return [...found];
}

/**
 * Whether an element is or holds a control a person sees. A hidden one (the native select behind Select2 or
 * Tom Select) stands for the visible widget beside it and borrows no label from it.
 */
function holdsShownControl(e: Element): boolean {
  if (e.matches(CONTROL)) return isVisible(e, { opacity: false });
  for (const c of e.querySelectorAll(CONTROL)) if (isVisible(c, { opacity: false })) return true;
  return false;
}

function isBoundary(el: Element): boolean {
  return el.localName === 'form' || el.localName === 'body' || el.localName === 'fieldset' || el.localName === 'table';
}

/**
 * The text to the left of (or above) a field the way a person scans a form: the previous sibling, or the
 * previous sibling of a container that holds only this field (a table cell, a form item's control part).
 * Stops at anything that holds another field, so it never borrows a neighbour's label.
 */
export function adjacentLabel(start: Element, owned: (el: Element) => boolean): string {
  let node: Element = start;
  for (let depth = 0; depth < 6; depth++) {
    for (let sib = node.previousSibling; sib; sib = sib.previousSibling) {
      if (sib.nodeType === 3) {
        const t = clean(sib.nodeValue ?? '');
        if (t) return t.length <= MAX_LABEL ? t : '';
        continue;
      }
      if (sib.nodeType !== 1) continue;
      const e = sib as Element;
      if (holdsShownControl(e)) return '';
      const t = readableText(e, MAX_LABEL + 1);
      if (t) return t.length <= MAX_LABEL ? t : '';
    }
    const parent: Element | null = node.parentElement;
    if (!parent || isBoundary(parent)) return '';
    for (const other of parent.querySelectorAll(CONTROL))
      if (!owned(other) && isVisible(other, { opacity: false })) return '';
    node = parent;
  }
  return '';
}

/** The header cell above a field in a table whose header row names its columns. */
function columnHeader(el: Element): string {
  const cell = el.closest('td');
  const table = cell?.closest('table');
  if (!cell || !table) return '';
  const index = [...(cell.parentElement?.children ?? [])].indexOf(cell);
  const head = table.querySelector('thead tr') ?? table.querySelector('tr');
  if (!head || head === cell.parentElement) return '';
  const th = head.children[index];
  return th?.localName === 'th' ? readableText(th) : '';
}

function legendOf(el: Element, lone: boolean): string {
  const set = el.closest('fieldset');
  if (!set) return '';
  if (!lone && set.querySelectorAll(CONTROL).length > 1) return '';
  const legend = set.querySelector(':scope > legend');
  return legend ? readableText(legend) : '';
}

/** A programmer's name as words: "orderNo" → "order no", "contact_phone" → "contact phone". */
export function humanise(name: string): string {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_\-.[\]]+/g, ' ')
    .trim();
}

/** A placeholder read as a name ("请输入订单号" → "订单号"); format hints like "YYYY-MM-DD" or "0.00" name nothing. */
export function placeholderName(text: string): string {
  const t = clean(text).replace(prompts, '');
  return FORMAT_ONLY.test(t) ? '' : t;
}

/**
 * Every place a field's name can be read from, in the order a person would trust them: label[for] and
 * wrapping labels, aria-labelledby, aria-label, the label next to it, a column header, placeholder, legend,
 * title, and name/id last. `group` is the element that stands for a radio group or a custom widget.
 */
export function labelSources(el: Element, owned: (e: Element) => boolean, group?: Element): LabelSource[] {
  const out: LabelSource[] = [];
  const add = (text: string, weight: number, visible: boolean) => {
    const t = clean(text);
    if (t && t.length <= 200) out.push({ text: t, weight, visible });
  };
  const named = group ?? el;
  if (group) add(legendOf(group, true), 1, true);
  for (const l of labelElements(named)) add(readableText(l), 1, true);
  for (const target of group ? [group] : [el]) {
    const by = target.getAttribute('aria-labelledby');
    if (by) add(texts(by, target), 1, true);
    add(target.getAttribute('aria-label') ?? '', 0.95, true);
  }
  add(adjacentLabel(named, owned), 0.9, true);
  add(columnHeader(named), 0.75, true);
  add(placeholderName(el.getAttribute('placeholder') ?? el.getAttribute('data-placeholder') ?? ''), 0.8, false);
  if (!group) add(legendOf(el, false), 0.7, true);
  add(named.getAttribute('title') ?? '', 0.7, false);
  for (const attr of ['name', 'id']) add(humanise(el.getAttribute(attr) ?? ''), 0.5, false);
  return out;
}
