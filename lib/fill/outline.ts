/** How long a filled field stays outlined. */
export const OUTLINE_MS = 1500;

const PROPS = ['outline', 'outline-offset'] as const;

/**
 * Outlines a filled field for a moment through its inline style, then puts back exactly what the style held
 * (or removes a style attribute it did not have). Ends early when the signal aborts.
 */
export function flashOutline(el: Element, signal: AbortSignal, ms = OUTLINE_MS): void {
  const style = (el as HTMLElement).style;
  if (!style || signal.aborted) return;
  const hadStyle = el.hasAttribute('style');
  const saved = PROPS.map((p) => [p, style.getPropertyValue(p), style.getPropertyPriority(p)] as const);
  style.setProperty('outline', '2px solid #2f9e44', 'important');
  style.setProperty('outline-offset', '1px', 'important');
  const restore = () => {
    clearTimeout(timer);
    signal.removeEventListener('abort', restore);
    for (const [p, value, priority] of saved) {
      if (value) style.setProperty(p, value, priority);
      else style.removeProperty(p);
    }
    if (!hadStyle && (el.getAttribute('style') ?? '').trim() === '') el.removeAttribute('style');
  };
  const timer = setTimeout(restore, ms);
  signal.addEventListener('abort', restore, { once: true });
}
