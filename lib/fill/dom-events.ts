type View = Window & typeof globalThis;

const viewOf = (el: Element): View => (el.ownerDocument.defaultView ?? globalThis) as View;

/** The element that has focus inside the element's own root (shadow roots keep their own). */
function activeIn(el: Element): Element | null {
  const root = el.getRootNode() as Document | ShadowRoot;
  return root.activeElement ?? null;
}

/**
 * Focuses an element the way a click or Tab would; when the page has no system focus (a background
 * window) the browser skips the events, so they are sent by hand for the page's listeners.
 */
export function focusIn(el: Element): void {
  const v = viewOf(el);
  let fired = false;
  const seen = () => (fired = true);
  el.addEventListener('focus', seen, { once: true });
  (el as HTMLElement).focus?.({ preventScroll: true });
  el.removeEventListener('focus', seen);
  if (!fired) {
    el.dispatchEvent(new v.FocusEvent('focus', { bubbles: false, composed: true }));
    el.dispatchEvent(new v.FocusEvent('focusin', { bubbles: true, composed: true }));
  }
}

/** Moves focus away as Tab would, so blur-time validation and formatting run. */
export function focusOut(el: Element): void {
  const v = viewOf(el);
  let fired = false;
  const seen = () => (fired = true);
  el.addEventListener('blur', seen, { once: true });
  if (activeIn(el) === el) (el as HTMLElement).blur?.();
  el.removeEventListener('blur', seen);
  if (!fired) {
    el.dispatchEvent(new v.FocusEvent('blur', { bubbles: false, composed: true }));
    el.dispatchEvent(new v.FocusEvent('focusout', { bubbles: true, composed: true }));
  }
}

/** Sets value through the prototype's native setter: React's value tracker on the instance would hide a plain assignment. */
export function setNativeValue(el: Element, value: string): void {
  let proto: object | null = Object.getPrototypeOf(el);
  while (proto) {
    const desc = Object.getOwnPropertyDescriptor(proto, 'value');
    if (desc?.set) {
      desc.set.call(el, value);
      return;
    }
    proto = Object.getPrototypeOf(proto);
  }
  (el as HTMLInputElement).value = value;
}

/** Sends beforeinput; false when the page cancelled it (it refuses or handles the text itself). */
export function beforeInput(el: Element, data: string): boolean {
  const v = viewOf(el);
  return el.dispatchEvent(
    new v.InputEvent('beforeinput', { bubbles: true, cancelable: true, composed: true, inputType: 'insertText', data }),
  );
}

/** The input and change events a typing user's edit ends with. */
export function inputAndChange(el: Element, data: string | null): void {
  const v = viewOf(el);
  el.dispatchEvent(new v.InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data }));
  el.dispatchEvent(new v.Event('change', { bubbles: true }));
}

/**
 * Presses and releases the primary button on an element as a pointer would: pointerdown, mousedown
 * (focus moves here, as custom selects that open on mousedown expect), pointerup, mouseup, click.
 */
export function pointerClick(el: Element): void {
  if (isSubmitter(el) && el.closest('form')) return;
  const v = viewOf(el);
  const r = el.getBoundingClientRect();
  const at = { clientX: r.left + r.width / 2, clientY: r.top + r.height / 2 };
  const mouse = (type: string, buttons: number) =>
    new v.MouseEvent(type, { bubbles: true, cancelable: true, composed: true, view: v, button: 0, buttons, ...at });
  const pointer = (type: string, buttons: number) =>
    typeof v.PointerEvent === 'function'
      ? new v.PointerEvent(type, {
          bubbles: true,
          cancelable: true,
          composed: true,
          view: v,
          button: 0,
          buttons,
          pointerId: 1,
          pointerType: 'mouse',
          isPrimary: true,
          ...at,
        })
      : mouse(type, buttons);
  el.dispatchEvent(pointer('pointerdown', 1));
  const focusable = el.dispatchEvent(mouse('mousedown', 1));
  if (focusable && (el as HTMLElement).tabIndex >= 0) (el as HTMLElement).focus?.({ preventScroll: true });
  el.dispatchEvent(pointer('pointerup', 0));
  el.dispatchEvent(mouse('mouseup', 0));
  el.dispatchEvent(mouse('click', 0));
}

/** A key press that never submits (a synthetic Enter starts no implicit submission): keydown then keyup. */
export function pressKey(el: Element, key: 'ArrowDown' | 'Escape' | 'Enter'): void {
  const v = viewOf(el);
  const init = { key, code: key, bubbles: true, cancelable: true, composed: true };
  el.dispatchEvent(new v.KeyboardEvent('keydown', init));
  el.dispatchEvent(new v.KeyboardEvent('keyup', init));
}

/** Whether clicking the element would submit its form (a button's type defaults to submit). */
export function isSubmitter(el: Element): boolean {
  const type = (el.getAttribute('type') ?? '').toLowerCase();
  if (el.localName === 'button') return type === '' || type === 'submit';
  return el.localName === 'input' && (type === 'submit' || type === 'image');
}

/** Lets the page run (frameworks re-render after the event) without the 4 ms clamp of nested timers. */
export function yieldToPage(): Promise<void> {
  if (typeof MessageChannel !== 'function') return new Promise((ok) => setTimeout(ok, 0));
  return new Promise((ok) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      ok();
    };
    channel.port2.postMessage(null);
  });
}

/** Waits, resolving early (false) when the signal aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<boolean> {
  return new Promise((ok) => {
    if (signal.aborted) return ok(false);
    const done = () => {
      clearTimeout(timer);
      ok(false);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', done);
      ok(true);
    }, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

/** Polls until `probe` gives a non-empty list or the time runs out. */
export async function waitForList<T>(probe: () => T[], ms: number, signal: AbortSignal): Promise<T[]> {
  const until = Date.now() + ms;
  for (;;) {
    const found = probe();
    if (found.length > 0 || Date.now() >= until || signal.aborted) return found;
    if (!(await sleep(25, signal))) return probe();
  }
}
