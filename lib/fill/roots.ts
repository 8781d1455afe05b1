/** A tree fields live in: a (same-origin frame's) document or an open shadow root. */
export type Root = Document | ShadowRoot;

/** The document of a same-origin, unsandboxed frame; null for cross-origin or sandboxed frames. */
export function frameDocument(el: Element): Document | null {
  if (el.localName !== 'iframe' && el.localName !== 'frame') return null;
  // Sandboxed frames are never filled (they may be untrusted content shown inside the portal).
  if (el.hasAttribute('sandbox')) return null;
  try {
    return (el as HTMLIFrameElement).contentDocument ?? null;
  } catch {
    return null;
  }
}

/**
 * Visits every element of a document in reading order, entering open shadow roots and same-origin frames
 * at the place their host sits.
 */
export function walkElements(root: Root, visit: (el: Element, root: Root) => void, depth = 0): void {
  if (depth > 12) return;
  for (const el of root.querySelectorAll('*')) {
    visit(el, root);
    if (el.shadowRoot) walkElements(el.shadowRoot, visit, depth + 1);
    const inner = frameDocument(el);
    if (inner) walkElements(inner, visit, depth + 1);
  }
}

/** The first element matching a selector in the document, its frames or its shadow roots. */
export function deepQuery(doc: Document, selector: string): Element | null {
  let found: Element | null = null;
  const search = (root: Root, depth: number) => {
    if (found || depth > 12) return;
    try {
      found = root.querySelector(selector);
    } catch {
      return;
    }
    if (found) return;
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) search(el.shadowRoot, depth + 1);
      const inner = frameDocument(el);
      if (inner) search(inner, depth + 1);
      if (found) return;
    }
  };
  search(doc, 0);
  return found;
}

/** The root an element belongs to (its shadow root or document). */
export function rootOf(el: Element): Root {
  return el.getRootNode() as Root;
}

/** An element by id within the element's own root (label[for] and aria-labelledby never cross roots). */
export function byId(root: Root, id: string): Element | null {
  return root.getElementById(id);
}
