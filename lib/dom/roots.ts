/** A tree a page's content lives in: a (same-origin frame's) document or an open shadow root. */
export type Root = Document | ShadowRoot;

const MAX_ROOTS = 5000;
const MAX_DEPTH = 12;

/**
 * The document of a same-origin, unsandboxed frame; null for cross-origin or sandboxed frames, whose content
 * is someone else's (an ad, a widget, untrusted content shown inside the portal) and is never read or filled.
 */
export function frameDocument(el: Element): Document | null {
  if (el.localName !== 'iframe' && el.localName !== 'frame') return null;
  if (el.hasAttribute('sandbox')) return null;
  try {
    return (el as HTMLIFrameElement).contentDocument ?? null;
  } catch {
    // A cross-origin frame refuses access: it is no root to walk, and masks cover it whole.
    return null;
  }
}

/** The root nested at an element: a frame's document or its open shadow root. */
export function innerRoot(el: Element): Root | null {
  return el.localName === 'iframe' || el.localName === 'frame' ? frameDocument(el) : el.shadowRoot;
}

/** The root an element belongs to (its shadow root or document). */
export function rootOf(el: Element): Root {
  return el.getRootNode() as Root;
}

/**
 * Visits every element of a root in document order, entering open shadow roots and same-origin frames at the
 * place their host sits. This is the one flat walk capture, fill and masking share.
 */
export function walkElements(root: Root, visit: (el: Element, root: Root) => void, depth = 0): void {
  if (depth > MAX_DEPTH) return;
  for (const el of root.querySelectorAll('*')) {
    visit(el, root);
    const inner = innerRoot(el);
    if (inner) walkElements(inner, visit, depth + 1);
  }
}

/** The document, its same-origin frames' documents and every open shadow root, outermost first. */
export function allRoots(doc: Document): Root[] {
  const out: Root[] = [doc];
  walkElements(doc, (el) => {
    const inner = out.length < MAX_ROOTS ? innerRoot(el) : null;
    if (inner) out.push(inner);
  });
  return out;
}

/** The first element matching a selector in the document, its frames or its shadow roots. */
export function deepQuery(doc: Document, selector: string): Element | null {
  for (const root of allRoots(doc)) {
    try {
      const found = root.querySelector(selector);
      if (found) return found;
    } catch {
      // A selector this page cannot parse finds nothing; the caller reports the field as not found.
      return null;
    }
  }
  return null;
}

/** The top same-origin document an element is shown in (through frames). */
export function topDocument(el: Element): Document {
  let doc = el.ownerDocument;
  for (let i = 0; i < 16; i++) {
    let parent: Document | null | undefined;
    try {
      parent = doc.defaultView?.parent?.document;
    } catch {
      // A cross-origin parent ends the climb: the frames above are not ours to read.
      parent = null;
    }
    if (!parent || parent === doc) break;
    doc = parent;
  }
  return doc;
}
