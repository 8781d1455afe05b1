import { HONEYPOT_WORDS } from './fill-vocabulary';

type Visible = { checkVisibility?: (options?: Record<string, boolean>) => boolean };
const honeypot = new RegExp(HONEYPOT_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'), 'iu');

/** Whether the document has a layout engine behind it (a browser), so sizes and positions mean something. */
export function hasLayout(doc: Document): boolean {
  const html = doc.documentElement;
  return html !== null && html.getBoundingClientRect().width > 0;
}

function styled(el: Element, opacity: boolean): boolean {
  const check = (el as unknown as Visible).checkVisibility;
  if (typeof check === 'function') return check.call(el, { visibilityProperty: true, opacityProperty: opacity });
  const view = el.ownerDocument.defaultView;
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    const style = view?.getComputedStyle(cur);
    if (!style || style.display === 'none' || (cur === el && style.visibility === 'hidden')) return false;
    if (opacity && style.opacity === '0') return false;
  }
  return true;
}

function placed(el: Element): boolean {
  const r = el.getBoundingClientRect();
  if (r.width * r.height < 4) return false;
  const view = el.ownerDocument.defaultView;
  const left = r.left + (view?.scrollX ?? 0);
  const top = r.top + (view?.scrollY ?? 0);
  return left + r.width > 0 && top + r.height > 0;
}

/**
 * Whether a person can see the element: rendered, not transparent, and (in a browser) of a real size and on
 * the page rather than pushed off it, as spam traps are.
 */
export function isShown(el: Element, { opacity = true } = {}): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return false;
  if (!styled(el, opacity)) return false;
  return !hasLayout(el.ownerDocument) || placed(el);
}

/**
 * Whether an element sits in a zero-size box that clips it, as antd's screen-reader copy of a dropdown's
 * options does; a pointer can never reach it.
 */
export function isClippedAway(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view || !hasLayout(el.ownerDocument)) return false;
  let cur = el.parentElement;
  for (let depth = 0; cur && depth < 8; depth++, cur = cur.parentElement) {
    const style = view.getComputedStyle(cur);
    if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
    const r = cur.getBoundingClientRect();
    if (r.width * r.height < 4) return true;
  }
  return false;
}

/**
 * Whether a styled control is shown through what stands for it: radios, checkboxes and file inputs are
 * often transparent or display:none behind a visible label, button or drop zone.
 */
export function isShownThrough(el: Element): boolean {
  if (isShown(el)) return true;
  if (el.getAttribute('aria-hidden') === 'true') return false;
  const stand = (el as HTMLInputElement).labels?.[0] ?? el.parentElement;
  return stand !== null && stand !== undefined && isShown(stand);
}

/**
 * Whether a field is a trap for bots: its name, id, class or label says so, or a text field keeps itself out
 * of the Tab order while refusing autofill or hiding from screen readers.
 */
export function isHoneypot(field: { el: Element; kind: string }, label: string): boolean {
  const el = field.el;
  const words = [el.getAttribute('name'), el.id, el.getAttribute('class'), el.getAttribute('autocomplete'), label].join(' ');
  if (honeypot.test(words)) return true;
  if (field.kind !== 'text' || el.getAttribute('tabindex') !== '-1' || el.hasAttribute('readonly')) return false;
  return el.getAttribute('aria-hidden') === 'true' || /^(?:off|nope|false)$/i.test(el.getAttribute('autocomplete') ?? '');
}
