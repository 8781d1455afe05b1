const SKIP = new Set(['script', 'style', 'template', 'noscript', 'input', 'select', 'textarea', 'button', 'option', 'datalist', 'svg']);
const ELEMENT = 1;
const TEXT = 3;

/** Collapses whitespace (no-break, zero-width, ideographic spaces too) and trims. */
export function clean(text: string): string {
  return text.replace(/[\s\u00a0\u200b\u3000]+/g, ' ').trim();
}

/** Shortens text to a schema's limit, marking the cut. */
export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * The text a person reads in an element, leaving out form controls (a select's options inside a wrapping
 * label), scripts, listboxes and hidden parts; capped so a huge container costs little.
 */
export function readableText(node: Node, max = 200): string {
  let out = '';
  const walk = (n: Node) => {
    if (out.length > max) return;
    if (n.nodeType === TEXT) {
      out += n.nodeValue ?? '';
      return;
    }
    if (n.nodeType !== ELEMENT) return;
    const el = n as Element;
    if (SKIP.has(el.localName) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return;
    if (el.getAttribute('role') === 'listbox' || el.getAttribute('contenteditable') === 'true') return;
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(node);
  return clean(out);
}

/** Whether a string holds Chinese characters (the form speaks Chinese). */
export function hasHan(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}
