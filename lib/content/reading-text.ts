/**
 * A document's text as a person reads it, for screenshot masking: the flat tree (shadow roots, open or closed,
 * in place of their host's children; slots filled) in document order, text of inline elements joined without a
 * gap (so "<span>6222</span><span>0202</span>" reads "62220202"), a line break between blocks, runs of white
 * space collapsed to one, and characters that show nothing (zero-width spaces, soft hyphens, bidi marks)
 * left out. Every character kept remembers the text node and offset it came from, so a finding in the text
 * maps back to a DOM Range.
 *
 * Two readings come out of one walk: `all` holds every text node, `shown` only text a person can see (not under
 * display:none or opacity:0, not visibility:hidden, not font-size:0), so that hidden text planted between the
 * digits of a number cannot split it. Frames and form controls are not read here: the walk hands them back.
 */

import { hasLayout, ownHiding } from '../dom/visibility';

/** A reading of a document: its text and, for each UTF-16 unit, the text node and offset it came from. */
export interface Reading {
  text: string;
  nodes: (Text | null)[];
  offsets: number[];
}

/** What a walk of one document found: its two readings, the frames and controls in it, and its text parents. */
export interface DocumentParts {
  all: Reading;
  shown: Reading;
  /** iframe, frame, object, embed (and fenced frames) in the document or its shadow roots. */
  frames: Element[];
  /** input, textarea, select. */
  controls: Element[];
  /** Elements holding text directly (for labels beside their values). */
  textParents: Element[];
}

/** Thrown when a page is too large to read in full; no screenshot is taken then. */
export class PageTooLarge extends Error {
  constructor(what: string) {
    super(`page too large to check: ${what}`);
    this.name = 'PageTooLarge';
  }
}

export const MAX_NODES = 400_000;
const MAX_DEPTH = 1024;

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link', 'base']);
const FRAMES = new Set(['iframe', 'frame', 'object', 'embed', 'fencedframe', 'portal']);
const CONTROLS = new Set(['input', 'textarea', 'select']);
/** Elements that lay out inline by default; used only when the engine reports no display (tests). */
const INLINE_TAGS = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'img',
  'ins',
  'kbd',
  'label',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
  'slot',
  'big',
  'tt',
  'strike',
  'nobr',
]);
/** Characters that draw nothing: zero-width spaces and joiners, word joiner, BOM, soft hyphen, bidi controls, variation selectors. */
const INVISIBLE_RANGES: readonly [number, number][] = [
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x061c, 0x061c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
];
const invisible = (code: number) => code >= 0xad && INVISIBLE_RANGES.some(([from, to]) => code >= from && code <= to);
const SPACE = /[\s\u00a0\u3000]/;

type ShadowOpener = (el: Element) => ShadowRoot | null;

/** The shadow root of an element, closed ones too where the extension may open them (Chrome, Firefox). */
function shadowOpener(): ShadowOpener {
  const dom = (globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?: (el: HTMLElement) => ShadowRoot | null } } })
    .chrome?.dom;
  return (el) => {
    if (el.shadowRoot) return el.shadowRoot;
    try {
      const firefox = (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot;
      if (firefox) return firefox;
      return dom?.openOrClosedShadowRoot?.(el as HTMLElement) ?? null;
    } catch {
      // A closed shadow root the browser will not open to us is read as a person cannot: not at all.
      return null;
    }
  };
}

class ReadingBuilder {
  private chars: string[] = [];
  readonly nodes: (Text | null)[] = [];
  readonly offsets: number[] = [];

  private get last(): string | undefined {
    return this.chars[this.chars.length - 1];
  }

  brk(): void {
    if (this.chars.length > 0 && this.last !== '\n') this.push('\n', null, -1);
  }

  text(node: Text): void {
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      const c = data[i]!;
      if (invisible(c.charCodeAt(0))) continue;
      if (SPACE.test(c)) {
        if (this.chars.length === 0 || this.last === ' ' || this.last === '\n') continue;
        this.push(' ', node, i);
      } else this.push(c, node, i);
    }
  }

  private push(c: string, node: Text | null, offset: number): void {
    this.chars.push(c);
    this.nodes.push(node);
    this.offsets.push(offset);
  }

  done(): Reading {
    return { text: this.chars.join(''), nodes: this.nodes, offsets: this.offsets };
  }
}

interface Styled {
  /** Lays out inline: no break before or after. */
  inline: boolean;
  /** Hides itself and everything in it (display:none, opacity:0). */
  hidesAll: boolean;
  /** Its own text is not seen (visibility, font-size 0). */
  hidesText: boolean;
}

/**
 * How an element lays out and hides, for the `shown` reading: hidden by style or geometry as capture judges it
 * (lib/dom/visibility.ts: display, opacity, visibility, clip, pushed off the page…), plus text drawn at size 0
 * or in a transparent colour, the tricks that plant invisible digits inside a number. Markup that hides from
 * assistive technology only (aria-hidden, inert) hides nothing here: the `all` reading keeps it anyway.
 */
function styleOf(el: Element, layout: boolean): Styled {
  const view = el.ownerDocument.defaultView;
  const style = view?.getComputedStyle(el);
  const display = style?.display ?? '';
  const inline =
    display === ''
      ? INLINE_TAGS.has(el.localName)
      : display.startsWith('inline') || display === 'contents' || display.startsWith('ruby');
  const own = ownHiding(el, layout);
  const hidesAll = own === 'all' || display === 'none' || style?.opacity === '0';
  const colour = style?.color ?? '';
  const hidesText =
    own === 'text' || style?.fontSize === '0px' || colour === 'transparent' || /^rgba\([^)]*,\s*0\)$/.test(colour);
  return { inline, hidesAll, hidesText };
}

/** The nodes an element shows, in order: its shadow root's children, a slot's assigned nodes, or its own. */
function shownChildren(node: Node, shadow: ShadowOpener): Node[] {
  if (node.nodeType === 1) {
    const el = node as Element;
    const root = shadow(el);
    if (root) return [...root.childNodes];
    if (el.localName === 'slot') {
      const assigned = (el as HTMLSlotElement).assignedNodes?.() ?? [];
      if (assigned.length > 0) return assigned;
    }
  }
  return [...node.childNodes];
}

/**
 * Reads one document (not the documents of its frames, which come back in `frames`). Throws PageTooLarge past
 * MAX_NODES nodes or MAX_DEPTH levels, so a page is never half checked.
 */
export function readDocument(doc: Document, budget = { nodes: MAX_NODES }): DocumentParts {
  const all = new ReadingBuilder();
  const shown = new ReadingBuilder();
  const frames: Element[] = [];
  const controls: Element[] = [];
  const textParents = new Set<Element>();
  const shadow = shadowOpener();
  const textHidden = new Map<Element, boolean>();
  const layout = hasLayout(doc);

  type Step = { node: Node; hidden: boolean; exit?: Styled; depth: number };
  const start = doc.documentElement;
  if (!start) return { all: all.done(), shown: shown.done(), frames, controls, textParents: [] };
  const stack: Step[] = [{ node: start, hidden: false, depth: 0 }];
  while (stack.length > 0) {
    const step = stack.pop()!;
    if (step.exit) {
      if (!step.exit.inline) {
        all.brk();
        if (!step.hidden) shown.brk();
      }
      continue;
    }
    if (--budget.nodes < 0) throw new PageTooLarge('too many nodes');
    if (step.depth > MAX_DEPTH) throw new PageTooLarge('nested too deep');
    const node = step.node;
    if (node.nodeType === 3) {
      const text = node as Text;
      const parent = text.parentElement;
      if (parent && SKIP.has(parent.localName)) continue;
      all.text(text);
      let hidden = step.hidden;
      if (!hidden && parent) {
        let own = textHidden.get(parent);
        if (own === undefined) textHidden.set(parent, (own = styleOf(parent, layout).hidesText));
        hidden = own;
      }
      if (!hidden) shown.text(text);
      if (parent && text.data.trim() !== '') textParents.add(parent);
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11) continue;
    if (node.nodeType === 1) {
      const el = node as Element;
      const tag = el.localName;
      if (SKIP.has(tag)) continue;
      if (tag === 'br') {
        all.brk();
        if (!step.hidden) shown.brk();
        continue;
      }
      if (FRAMES.has(tag)) {
        frames.push(el);
        all.brk();
        if (!step.hidden) shown.brk();
        continue;
      }
      if (CONTROLS.has(tag)) {
        controls.push(el);
        all.brk();
        if (!step.hidden) shown.brk();
        continue;
      }
      const styled = styleOf(el, layout);
      textHidden.set(el, styled.hidesText);
      const hidden = step.hidden || styled.hidesAll;
      if (!styled.inline) {
        all.brk();
        if (!hidden) shown.brk();
      }
      stack.push({ node, hidden, exit: styled, depth: step.depth });
      const children = shownChildren(el, shadow);
      for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, hidden, depth: step.depth + 1 });
      continue;
    }
    const children = [...node.childNodes];
    for (let i = children.length - 1; i >= 0; i--)
      stack.push({ node: children[i]!, hidden: step.hidden, depth: step.depth + 1 });
  }
  return { all: all.done(), shown: shown.done(), frames, controls, textParents: [...textParents] };
}
