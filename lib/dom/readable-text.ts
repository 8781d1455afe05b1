import { clean } from '../format/text';
import { hasLayout, ownHiding } from './visibility';

const SKIP = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'input',
  'select',
  'textarea',
  'button',
  'option',
  'datalist',
  'svg',
]);
const ELEMENT = 1;
const TEXT = 3;
const FRAGMENT = 11;

/**
 * The text a person reads in an element: only what is shown (the visibility model, top-down), leaving out
 * form controls (a select's options inside a wrapping label), scripts, listboxes and editors; capped so a huge
 * container costs little.
 */
export function readableText(node: Node, max = 200): string {
  let out = '';
  const doc = node.ownerDocument ?? (node as Document);
  const layout = hasLayout(doc);
  const walk = (n: Node, textShown: boolean) => {
    if (out.length > max) return;
    if (n.nodeType === TEXT) {
      if (textShown) out += n.nodeValue ?? '';
      return;
    }
    if (n.nodeType === FRAGMENT) {
      for (let c = n.firstChild; c; c = c.nextSibling) walk(c, textShown);
      return;
    }
    if (n.nodeType !== ELEMENT) return;
    const el = n as Element;
    if (
      SKIP.has(el.localName) ||
      el.getAttribute('role') === 'listbox' ||
      el.getAttribute('contenteditable') === 'true'
    )
      return;
    const hiding = ownHiding(el, layout);
    if (hiding === 'all') return;
    // A web component's slot shows the host's children in its place: read them there, as a person does.
    if (el.localName === 'slot') {
      const shown = (el as HTMLSlotElement).assignedNodes?.({ flatten: true }) ?? [];
      if (shown.length > 0) return shown.forEach((n) => walk(n, hiding === 'none'));
    }
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c, hiding === 'none');
  };
  walk(node, true);
  return clean(out);
}

/** The words on a button (its own text, slotted text included), which readableText leaves out of labels. */
export function buttonText(button: Element): string {
  const parts: string[] = [];
  for (let c = button.firstChild; c; c = c.nextSibling) parts.push(readableText(c));
  if (button.shadowRoot) parts.push(readableText(button.shadowRoot));
  return clean(parts.join(' ')) || clean(button.getAttribute('value') ?? button.getAttribute('aria-label') ?? '');
}
