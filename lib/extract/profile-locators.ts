import type { FieldLocator } from '../schema/site-profile';
import { normaliseLabel } from '../vocabulary';
import { Collector } from './collect';
import type { Pair } from './collect-types';
import { cssEscape, cssString, findByLocator, isGeneratedName, locatorFor } from '../dom/locator';
import { readFieldValue } from './read-field-value';
import { isVisible } from '../dom/visibility';
import { allRoots, innerRoot, topDocument, type Root } from '../dom/roots';
import { clean } from '../format/text';

export type ProfileResolution = { ok: true; element: Element } | { ok: false; error: 'not_found' | 'ambiguous' };

const TEST_ATTRS = ['id', 'name', 'data-testid', 'data-test-id', 'data-test', 'data-qa', 'data-cy'];
const TEXTBOX_TYPES = new Set(['', 'text', 'search', 'tel', 'email', 'url', 'number', 'date', 'datetime-local']);

function implicitRole(el: Element): string | null {
  if (el.localName === 'textarea') return 'textbox';
  if (el.localName === 'select') return 'combobox';
  if (el.localName === 'input' && TEXTBOX_TYPES.has((el.getAttribute('type') ?? '').toLowerCase())) return 'textbox';
  return null;
}

/** The element's accessible name from aria-label, aria-labelledby, its <label> or title: never its content. */
export function accessibleName(el: Element): string {
  const aria = clean(el.getAttribute('aria-label') ?? '');
  if (aria) return aria;
  const root = el.getRootNode() as Root;
  const by = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  const named = clean(
    by.map((id) => ('getElementById' in root ? root.getElementById(id)?.textContent : '') ?? '').join(' '),
  );
  if (named) return named;
  const labels = (el as HTMLInputElement).labels;
  if (implicitRole(el) && labels?.length) return clean(labels[0]?.textContent ?? '');
  return clean(el.getAttribute('title') ?? '');
}

/** Taught label texts to look for during a walk, normalised → as taught. */
export function customLabels(locators: readonly FieldLocator[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const l of locators)
    if (l.kind === 'label' && !out.has(normaliseLabel(l.text))) out.set(normaliseLabel(l.text), l.text);
  return out;
}

function query(root: Root, selector: string): Element[] {
  try {
    return [...root.querySelectorAll(selector)];
  } catch {
    // A taught selector this page cannot parse finds nothing; the field is reported as not found.
    return [];
  }
}

function matches(
  doc: Document,
  loc: FieldLocator,
  pairs: readonly Pair[],
  roots: () => Root[],
): { els: Element[]; pair?: Pair } {
  switch (loc.kind) {
    case 'label': {
      const want = normaliseLabel(loc.text);
      const found = pairs.filter((p) => p.hit.custom !== undefined && normaliseLabel(p.hit.custom) === want);
      return { els: [...new Set(found.map((p) => p.el))], ...(found[0] ? { pair: found[0] } : {}) };
    }
    case 'role': {
      const extra = loc.role === 'textbox' ? ',input,textarea' : loc.role === 'combobox' ? ',select' : '';
      const want = clean(loc.name);
      const els = roots().flatMap((r) => query(r, `[role=${cssString(loc.role)}]${extra}`));
      return {
        els: els.filter(
          (el) => (el.getAttribute('role') ?? implicitRole(el)) === loc.role && accessibleName(el) === want,
        ),
      };
    }
    case 'attr':
      return { els: roots().flatMap((r) => query(r, `[${cssEscape(loc.name)}=${cssString(loc.value)}]`)) };
    case 'css': {
      let root: Root | null = doc;
      if (loc.framePath?.length) {
        const host = findByLocator(doc, { path: loc.framePath });
        root = host ? innerRoot(host) : null;
      }
      return { els: root ? query(root, loc.selector) : [] };
    }
  }
}

/** Tries a field's locators in order against pairs from a walk made with their label texts. */
export function resolveWith(
  doc: Document,
  locators: readonly FieldLocator[],
  pairs: readonly Pair[],
): { result: ProfileResolution; pair?: Pair } {
  let roots: Root[] | undefined;
  const lazyRoots = () => (roots ??= allRoots(doc));
  let ambiguous = false;
  for (const loc of locators) {
    const { els: all, pair } = matches(doc, loc, pairs, lazyRoots);
    // A taught element hidden now (an older copy kept in the page) is not the field a person sees.
    const els = all.filter((el) => isVisible(el));
    if (els.length === 1 && els[0]) return { result: { ok: true, element: els[0] }, ...(pair ? { pair } : {}) };
    if (els.length > 1) ambiguous = true;
  }
  return { result: { ok: false, error: ambiguous ? 'ambiguous' : 'not_found' } };
}

/**
 * Finds a taught field: its locators are tried in order and the first that matches exactly one element wins;
 * when none does, 'ambiguous' if one matched several, else 'not_found' (the portal has changed).
 */
export function resolveProfileField(doc: Document, locators: readonly FieldLocator[]): ProfileResolution {
  try {
    const labels = customLabels(locators);
    const collector = new Collector(labels);
    if (labels.size > 0) collector.walkRoot(doc);
    return resolveWith(doc, locators, collector.out.pairs).result;
  } catch {
    // Whatever stops the lookup, the taught field is reported as not found, which the panel says.
    return { ok: false, error: 'not_found' };
  }
}

/** The label text an element sits next to: its <label>, the previous sibling's text, or its own "label:" prefix. */
function labelTextFor(el: Element): string | null {
  const labels = (el as HTMLInputElement).labels;
  if (implicitRole(el) && labels?.length) return clean(labels[0]?.textContent ?? '') || null;
  const own = clean(el.textContent ?? '');
  for (let cur: Element | null = el, depth = 0; cur && depth < 4; cur = cur.parentElement, depth++) {
    // A box that shows more than the value is the value's own tile or row: what comes before it is not its label.
    if (cur !== el && clean(cur.textContent ?? '') !== own) break;
    for (let s = cur.previousSibling; s; s = s.previousSibling) {
      const text = clean(s.textContent ?? '')
        .replace(/[:：]$/, '')
        .trim();
      if (!text) continue;
      return text.length <= 40 && !/\d{3}/.test(text) ? text : null;
    }
  }
  const prefix = /^([^:：]{1,40}?)\s*[:：]\s*\S/.exec(own);
  return prefix?.[1] ?? null;
}

const related = (a: Element, b: Element) => a === b || a.contains(b) || b.contains(a);

/**
 * Several ways to find a picked element again, most robust first: the label it sits next to, its role and
 * accessible name, stable id/name/test-id attributes, and a CSS path without generated names.
 */
export function profileLocatorsFor(el: Element): FieldLocator[] {
  const out: FieldLocator[] = [];
  const label = labelTextFor(el);
  if (label && label.length <= 200) {
    const found = resolveProfileField(topDocument(el), [{ kind: 'label', text: label }]);
    if (found.ok && related(found.element, el)) out.push({ kind: 'label', text: label });
  }
  const role = el.getAttribute('role') ?? implicitRole(el);
  const name = accessibleName(el);
  if (role && role.length <= 64 && name && name.length <= 200 && name !== readFieldValue(el))
    out.push({ kind: 'role', role, name });
  const root = el.getRootNode() as Root;
  for (const attr of TEST_ATTRS) {
    const value = el.getAttribute(attr);
    if (!value || value.length > 500 || isGeneratedName(value)) continue;
    if (query(root, `[${cssEscape(attr)}=${cssString(value)}]`).length === 1)
      out.push({ kind: 'attr', name: attr, value });
  }
  const path = locatorFor(el).path;
  const selector = path.at(-1);
  if (selector && path.every((s) => s.length <= 2000)) {
    out.push({ kind: 'css', selector, ...(path.length > 1 ? { framePath: path.slice(0, -1) } : {}) });
  }
  return out;
}
