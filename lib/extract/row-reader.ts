import { hasLayout, ownHiding } from '../dom/visibility';
import { readControl } from './read-control';

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'button']);
const CAP = 300;

interface ListCell {
  text: string;
  /** The cell, and its :nth-child position in the row. */
  el: Element;
  index: number;
}
export interface ListRow {
  el: Element;
  /** The row's :nth-child position in its section, for cheap locators. */
  index: number;
  cells: (ListCell | null)[];
}

/** The text a table cell shows (a control's value, not its options), capped. */
function cellText(cell: Element, layout: boolean): string {
  const only = cell.firstChild;
  if (only && only === cell.lastChild && only.nodeType === 3) {
    // Most cells hold one text node: its data is the answer, without the walk below.
    const data = (only as Text).data;
    return data.length > CAP ? data.slice(0, CAP) : data;
  }
  let out = '';
  const visit = (node: Node): boolean => {
    for (let ch = node.firstChild; ch; ch = ch.nextSibling) {
      if (ch.nodeType === 3) out += (ch as Text).data;
      else if (ch.nodeType === 1) {
        const el = ch as Element;
        if (SKIP.has(el.localName) || ownHiding(el, layout) !== 'none') continue;
        const c =
          el.localName === 'input' || el.localName === 'select' || el.localName === 'textarea' ? readControl(el) : null;
        if (c && c !== 'sensitive') out += ` ${c.value} `;
        else if (!c && !visit(el)) return false;
      }
      if (out.length > CAP) return false;
    }
    return true;
  };
  visit(cell);
  return out.length > CAP ? out.slice(0, CAP) : out;
}

/**
 * The body rows of an order list, read only when asked for: the page walk stops at a list's first body row,
 * so a 2,000-row history costs only the rows that become candidates.
 */
export class RowReader {
  private readonly read: ListRow[] = [];
  private next: Element | null;
  private index: number;
  private readonly layout: boolean;

  constructor(first: Element, index: number) {
    this.next = first;
    this.index = index;
    this.layout = hasLayout(first.ownerDocument);
  }

  /** Up to `max` rows from the start. */
  rows(max: number): ListRow[] {
    while (this.read.length < max && this.next) {
      const el = this.next;
      // A hidden row (an older copy, a collapsed detail) is no order a person can pick.
      if (el.localName === 'tr' && ownHiding(el, this.layout) === 'none') this.read.push(this.row(el, this.index));
      this.index++;
      this.next = el.nextElementSibling;
      if (!this.next) this.nextSection(el.parentElement);
    }
    return this.read.slice(0, max);
  }

  private nextSection(section: Element | null): void {
    for (
      let s = section?.localName === 'table' ? null : (section?.nextElementSibling ?? null);
      s;
      s = s.nextElementSibling
    ) {
      if ((s.localName === 'tbody' || s.localName === 'tfoot') && ownHiding(s, this.layout) === 'none') {
        this.next = s.firstElementChild;
        this.index = 1;
        if (this.next) return;
      }
    }
  }

  private row(el: Element, index: number): ListRow {
    const cells: (ListCell | null)[] = [];
    let i = 0;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      i++;
      if (c.localName !== 'td' && c.localName !== 'th') continue;
      cells.push(ownHiding(c, this.layout) === 'none' ? { text: cellText(c, this.layout), el: c, index: i } : null);
    }
    return { el, index, cells };
  }
}
