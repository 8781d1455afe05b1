import { describe, expect, it, vi } from 'vitest';
import { pickElement } from '../../../lib/extract';
import { loadPortal } from './load-portal';

/**
 * happy-dom has no `isTrusted` (it reads undefined, which pickElement takes as untrusted), so the tests say
 * which events the person made, as the browser does: `true` for the agent's input, `false` for a page script's.
 */
function as<E extends Event>(isTrusted: boolean, event: E): E {
  return Object.defineProperty(event, 'isTrusted', { value: isTrusted });
}

const overlays = (doc: Document) => doc.querySelectorAll('[data-canceldesk-pick]');
const hover = (el: Element, trusted = true) =>
  el.dispatchEvent(as(trusted, new MouseEvent('mouseover', { bubbles: true, composed: true })));
const key = (doc: Document, k: string, trusted = true) =>
  doc.dispatchEvent(as(trusted, new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true })));
const click = (el: Element, trusted = true) =>
  el.dispatchEvent(as(trusted, new MouseEvent('click', { bubbles: true, composed: true, cancelable: true })));
/** Whether a promise is still pending once the events dispatched so far have been handled. */
const pending = async (p: Promise<unknown>) =>
  (await Promise.race([p.then(() => 'settled'), new Promise((r) => setTimeout(() => r('pending'), 0))])) === 'pending';

function setup() {
  document.body.replaceChildren();
  const row = document.createElement('tr');
  const table = document.createElement('table');
  const body = document.createElement('tbody');
  const cell = document.createElement('td');
  const span = document.createElement('span');
  span.textContent = '433514029871';
  cell.append(span);
  row.append(cell);
  body.append(row);
  table.append(body);
  document.body.append(table);
  const onClick = vi.fn();
  document.body.addEventListener('click', onClick);
  return { span, cell, row, onClick };
}

describe('pickElement', () => {
  it('outlines the hovered element and picks it on click, without the page seeing the click', async () => {
    const { span, onClick } = setup();
    const picking = pickElement(document, new AbortController().signal);
    hover(span);
    expect(overlays(document)).toHaveLength(1);
    const event = as(true, new MouseEvent('click', { bubbles: true, cancelable: true }));
    span.dispatchEvent(event);
    expect(await picking).toBe(span);
    expect(event.defaultPrevented).toBe(true);
    expect(onClick).not.toHaveBeenCalled();
    expect(overlays(document)).toHaveLength(0);
    click(span);
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('moves to the parent and back to the child with the arrow keys, Enter picks', async () => {
    const { span, cell, row } = setup();
    const picking = pickElement(document, new AbortController().signal);
    hover(span);
    key(document, 'ArrowUp');
    key(document, 'ArrowUp');
    key(document, 'ArrowDown');
    key(document, 'Enter');
    expect(await picking).toBe(cell);
    expect(row.contains(cell)).toBe(true);
  });

  it.each([
    ['Esc', (_: AbortController) => key(document, 'Escape')],
    ['an aborted signal', (c: AbortController) => c.abort()],
  ])('%s cancels with null and removes every trace', async (_, cancel) => {
    const { span, onClick } = setup();
    const controller = new AbortController();
    const picking = pickElement(document, controller.signal);
    hover(span);
    cancel(controller);
    expect(await picking).toBeNull();
    expect(overlays(document)).toHaveLength(0);
    click(span);
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('picks inside open shadow roots and same-origin iframes', async () => {
    const doc = await loadPortal('shadow-dom/index.html');
    const dd = doc.querySelector('order-card')!.shadowRoot!.querySelector('dd')!;
    let picking = pickElement(doc, new AbortController().signal);
    hover(dd);
    click(dd);
    expect(await picking).toBe(dd);

    const framed = await loadPortal('iframe-detail/index.html');
    const inner = (framed.querySelector('iframe') as HTMLIFrameElement).contentDocument!;
    const target = inner.querySelector('dd')!;
    picking = pickElement(framed, new AbortController().signal);
    hover(target);
    expect(overlays(inner)).toHaveLength(1);
    click(target);
    expect(await picking).toBe(target);
    expect(overlays(inner)).toHaveLength(0);
  });

  describe('a page script cannot pick, cancel or steer (isTrusted false)', () => {
    it.each([
      ['a click', (span: Element) => click(span, false), 1],
      ['Enter on the outlined element', () => key(document, 'Enter', false), 0],
      ['Esc', () => key(document, 'Escape', false), 0],
      // Default parameters would turn an explicit undefined into true: the event is dispatched as happy-dom makes it.
      [
        'a click that says nothing of isTrusted (fails closed)',
        (span: Element) => span.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true })),
        1,
      ],
    ] as const)('%s neither picks nor cancels', async (_, act, pageClicks) => {
      const { span, onClick } = setup();
      const controller = new AbortController();
      const picking = pickElement(document, controller.signal);
      hover(span);
      act(span);
      expect(await pending(picking)).toBe(true);
      expect(overlays(document)).toHaveLength(1);
      // Not swallowed either: the page's own synthetic click reaches the page.
      expect(onClick).toHaveBeenCalledTimes(pageClicks);
      controller.abort();
      expect(await picking).toBeNull();
    });

    it('does not move the outline with synthetic hovers or arrow keys: the click picks what the person pointed at', async () => {
      const { span, cell, row } = setup();
      const picking = pickElement(document, new AbortController().signal);
      hover(span);
      hover(row, false);
      key(document, 'ArrowUp', false);
      key(document, 'ArrowUp', false);
      click(cell, false);
      expect(await pending(picking)).toBe(true);
      key(document, 'Enter');
      expect(await picking).toBe(span);
    });

    it("still takes the person's click after the page dispatched its own", async () => {
      const { span, cell, onClick } = setup();
      const picking = pickElement(document, new AbortController().signal);
      click(span, false);
      click(cell);
      expect(await picking).toBe(cell);
      expect(onClick).toHaveBeenCalledTimes(1);
    });
  });
});
