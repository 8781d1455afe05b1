import { allRoots } from '../dom/roots';

const BLOCKED = [
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'dblclick',
  'auxclick',
  'contextmenu',
  'touchstart',
  'touchend',
];

function overlay(doc: Document): HTMLElement {
  const box = doc.createElement('div');
  box.setAttribute('data-canceldesk-pick', '');
  box.setAttribute('aria-hidden', 'true');
  Object.assign(box.style, {
    position: 'fixed',
    pointerEvents: 'none',
    zIndex: '2147483647',
    outline: '2px solid #1c7ed6',
    background: 'rgba(28, 126, 214, 0.12)',
    borderRadius: '2px',
    display: 'none',
  });
  (doc.body ?? doc.documentElement).append(box);
  return box;
}

/** The parent across shadow boundaries (a shadow root's top element climbs to its host). */
function up(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root.nodeType === 11 && 'host' in root ? (root as ShadowRoot).host : null;
}

/**
 * Whether the person at the keyboard and mouse made an event. The page's own scripts can dispatch clicks and
 * key presses (`isTrusted` false; they cannot forge it, and the content script's world does not share their
 * Event prototype), so only trusted events pick, cancel or move the outline: a page cannot choose the field.
 */
const byPerson = (e: Event): boolean => e.isTrusted === true;

/**
 * Teach mode: outlines the element under the pointer, a click picks it (the page never sees the click),
 * Esc cancels (null), ArrowUp/ArrowDown move to the parent/child, Enter picks the outlined one. Only the
 * person's own input counts (`byPerson`): events the page dispatches are let through untouched. Works in
 * same-origin iframes and open shadow roots; every listener and outline goes when it ends or `signal` aborts.
 */
export function pickElement(doc: Document, signal: AbortSignal): Promise<Element | null> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve(null);
    const done = new AbortController();
    const docs = allRoots(doc).filter((r): r is Document => r.nodeType === 9);
    const boxes = new Map<Document, HTMLElement>();
    let current: Element | null = null;
    let trail: Element[] = [];

    const finish = (picked: Element | null) => {
      if (done.signal.aborted) return;
      done.abort();
      for (const box of boxes.values()) box.remove();
      resolve(picked);
    };
    const show = (el: Element | null) => {
      current = el;
      for (const [d, box] of boxes) if (!el || d !== el.ownerDocument) box.style.display = 'none';
      if (!el) return;
      const d = el.ownerDocument;
      let box = boxes.get(d);
      if (!box) boxes.set(d, (box = overlay(d)));
      const r = el.getBoundingClientRect();
      Object.assign(box.style, {
        display: 'block',
        left: `${r.left}px`,
        top: `${r.top}px`,
        width: `${r.width}px`,
        height: `${r.height}px`,
      });
    };
    const targetOf = (e: Event): Element | null => {
      const t = (e.composedPath()[0] ?? e.target) as Node | null;
      const el = t && t.nodeType === 1 ? (t as Element) : (t?.parentElement ?? null);
      return el?.hasAttribute('data-canceldesk-pick') ? null : el;
    };
    const swallow = (e: Event) => {
      e.preventDefault();
      e.stopPropagation();
      e.stopImmediatePropagation();
    };
    const opts = { capture: true, signal: done.signal };

    for (const d of docs) {
      d.addEventListener(
        'mouseover',
        (e) => {
          if (!byPerson(e)) return;
          const el = targetOf(e);
          if (el) {
            trail = [];
            show(el);
          }
        },
        opts,
      );
      d.addEventListener(
        'click',
        (e) => {
          if (!byPerson(e)) return;
          swallow(e);
          finish(current ?? targetOf(e));
        },
        opts,
      );
      for (const type of BLOCKED) d.addEventListener(type, swallow, opts);
      d.addEventListener(
        'keydown',
        (e) => {
          if (!byPerson(e)) return;
          const key = (e as KeyboardEvent).key;
          if (key === 'Escape') finish(null);
          else if (key === 'Enter' && current) finish(current);
          else if (key === 'ArrowUp' && current) {
            const parent = up(current);
            if (parent && parent !== d.documentElement) {
              trail.push(current);
              show(parent);
            }
          } else if (key === 'ArrowDown' && current) {
            const child = trail.pop() ?? current.firstElementChild;
            if (child) show(child);
          } else return;
          swallow(e);
        },
        opts,
      );
    }
    signal.addEventListener('abort', () => finish(null), { signal: done.signal });
  });
}
