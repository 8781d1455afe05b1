import { describe, expect, it, vi } from 'vitest';
import { pickElement } from '../../../lib/extract';
import { loadPortal } from './load-portal';

const overlays = (doc: Document) => doc.querySelectorAll('[data-canceldesk-pick]');
const hover = (el: Element) => el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, composed: true }));
const key = (doc: Document, k: string) => doc.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
const click = (el: Element) => el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));

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
    const event = new MouseEvent('click', { bubbles: true, cancelable: true });
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
});
