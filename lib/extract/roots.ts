import { innerRoot } from './locator';

export type Root = Document | ShadowRoot;

const SHOW_ELEMENT = 1;
const MAX_ROOTS = 5000;

/** The document, its same-origin iframes' documents and every open shadow root, outermost first. */
export function allRoots(doc: Document): Root[] {
  const out: Root[] = [];
  const visit = (root: Root) => {
    if (out.length >= MAX_ROOTS) return;
    out.push(root);
    const owner = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
    if (!owner) return;
    const walker = owner.createTreeWalker(root, SHOW_ELEMENT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n as Element;
      const inner = el.shadowRoot ?? (el.localName === 'iframe' || el.localName === 'frame' ? innerRoot(el) : null);
      if (inner) visit(inner);
    }
  };
  visit(doc);
  return out;
}

/** The top same-origin document an element is shown in (through iframes). */
export function topDocument(el: Element): Document {
  let doc = el.ownerDocument;
  for (let i = 0; i < 16; i++) {
    let parent: Document | null | undefined;
    try {
      parent = doc.defaultView?.parent?.document;
    } catch {
      parent = null;
    }
    if (!parent || parent === doc) break;
    doc = parent;
  }
  return doc;
}
