import { scanSensitive } from '../sensitive/scan-sensitive';
import { allRoots } from '../dom/roots';
import { labelMeaning } from '../vocabulary';

// A card number as printed: 13–19 digits, maybe grouped, maybe partly masked (a masked one is still covered).
const CARD_LIKE = /(?<![\p{L}\p{N}])\d[\d*•●xX# -]{11,28}[\d*•●xX#](?![\p{L}\p{N}])/gu;

function textIsSensitive(text: string): boolean {
  for (const m of text.matchAll(CARD_LIKE)) {
    const compact = m[0].replace(/[ -]/g, '');
    if (/[*•●xX#]/.test(compact) && compact.length >= 12 && /^\d{4,6}/.test(compact)) return true;
  }
  return scanSensitive(text).length > 0;
}

function labelIsSensitive(text: string): boolean {
  const meaning = labelMeaning(text.trim());
  return meaning !== null && (meaning.kind === 'sensitive' || meaning.kind === 'id' || (meaning.kind === 'field' && meaning.keys.includes('cardMasked')));
}

/** The element holding the value next to a sensitive label (the next cell, dd, or sibling). */
function valueBeside(label: Element): Element | null {
  return label.nextElementSibling;
}

/** The elements a screenshot must not show: card numbers, CVV/PIN/track fields and ID numbers. */
export function findSensitive(doc: Document): Element[] {
  const found = new Set<Element>();
  for (const root of allRoots(doc)) {
    const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const text = walker.currentNode.nodeValue ?? '';
      const parent = walker.currentNode.parentElement;
      if (!parent || text.trim().length < 2) continue;
      if (textIsSensitive(text)) found.add(parent);
      else if (text.length <= 40 && labelIsSensitive(text)) {
        const value = valueBeside(parent);
        if (value) found.add(value);
      }
    }
    for (const input of root.querySelectorAll('input, textarea')) {
      const el = input as HTMLInputElement;
      const name = `${el.name} ${el.id} ${el.getAttribute('aria-label') ?? ''} ${el.placeholder ?? ''}`;
      if (el.type === 'password' || textIsSensitive(el.value) || /cvv|cvc|pin|track|idcard|id_no/i.test(name)) found.add(el);
    }
  }
  return [...found];
}

/** Covers every sensitive element with an opaque box; `uncover` removes the boxes and returns how many. */
export function coverSensitive(doc: Document): { count: number; uncover: () => number } {
  const boxes = findSensitive(doc).map((el) => {
    const owner = el.ownerDocument;
    const r = el.getBoundingClientRect();
    const box = owner.createElement('div');
    box.setAttribute('data-canceldesk-cover', '');
    box.setAttribute('aria-hidden', 'true');
    Object.assign(box.style, {
      position: 'fixed',
      left: `${r.left - 2}px`,
      top: `${r.top - 2}px`,
      width: `${r.width + 4}px`,
      height: `${r.height + 4}px`,
      background: '#222',
      zIndex: '2147483647',
      pointerEvents: 'none',
    });
    (owner.body ?? owner.documentElement).append(box);
    return box;
  });
  return {
    count: boxes.length,
    uncover: () => {
      boxes.forEach((b) => b.remove());
      return boxes.length;
    },
  };
}
