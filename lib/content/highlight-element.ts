/** How long an outline stays on the page after "show on page". */
export const HIGHLIGHT_MS = 2500;

/**
 * Scrolls an element into view and outlines it with an overlay in its own document (so the page's own
 * styles are untouched). The overlay goes away after HIGHLIGHT_MS or when the signal aborts.
 */
export function highlightElement(el: Element, signal: AbortSignal, ms = HIGHLIGHT_MS): void {
  const doc = el.ownerDocument;
  const reduceMotion = doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  el.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
  const box = doc.createElement('div');
  box.setAttribute('data-canceldesk-highlight', '');
  box.setAttribute('aria-hidden', 'true');
  const place = () => {
    const r = el.getBoundingClientRect();
    Object.assign(box.style, {
      position: 'fixed',
      left: `${r.left - 3}px`,
      top: `${r.top - 3}px`,
      width: `${r.width + 6}px`,
      height: `${r.height + 6}px`,
      outline: '3px solid #d9480f',
      borderRadius: '3px',
      pointerEvents: 'none',
      zIndex: '2147483647',
    });
  };
  place();
  (doc.body ?? doc.documentElement).append(box);
  const view = doc.defaultView;
  view?.addEventListener('scroll', place, { capture: true, passive: true, signal });
  const timer = setTimeout(() => box.remove(), ms);
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    box.remove();
  });
}
