/**
 * What a person can see. Capture, fill and masking read an element only when it is shown now: not removed by
 * markup (hidden, inert, aria-hidden, template, a closed details or dialog), not hidden by style (display,
 * visibility, opacity, content-visibility) and, in a browser, not reduced to nothing by geometry (zero size
 * behind overflow, clip, clip-path, text pushed or placed off the page). Text scrolled out of an overflow box
 * is shown: a person scrolls to it.
 */

/** How an element's own markup and style hide what it holds, given that its parent is shown. */
export type OwnHiding = 'none' | 'all' | 'text';

type Checkable = { checkVisibility?: (options?: Record<string, boolean>) => boolean };
type Style = Pick<
  CSSStyleDeclaration,
  | 'display'
  | 'visibility'
  | 'opacity'
  | 'clip'
  | 'clipPath'
  | 'textIndent'
  | 'overflowX'
  | 'overflowY'
  | 'position'
  | 'transform'
> & { contentVisibility?: string };

// Both spellings: Chromium 121+ and Firefox 122+ know the new names, older releases only the old ones.
// contentVisibilityAuto stays off: content-visibility:auto skips painting off-screen parts a person scrolls to.
const CHECK = { checkOpacity: true, checkVisibilityCSS: true, opacityProperty: true, visibilityProperty: true };
const CHECK_NO_OPACITY = { checkVisibilityCSS: true, visibilityProperty: true };
/** Below this many square pixels a box shows nothing a person can read. */
const TINY = 4;
/** Text indented further left than this is the image-replacement trick: it is meant to be off screen. */
const PUSHED_OFF = -999;
const MAX_ANCESTORS = 64;

/** Whether the document has a layout engine behind it (a browser), so sizes and positions mean something. */
export function hasLayout(doc: Document): boolean {
  const html = doc.documentElement;
  return html !== null && html.getBoundingClientRect().width > 0;
}

/** Markup that hides an element and everything in it, whatever the styles say. */
export function hiddenByMarkup(el: Element): boolean {
  // Most elements of a page carry no attribute at all: one call answers the three questions for them.
  if (
    el.hasAttributes() &&
    (el.hasAttribute('hidden') || el.hasAttribute('inert') || el.getAttribute('aria-hidden') === 'true')
  )
    return true;
  const tag = el.localName;
  if (tag === 'template') return true;
  if (tag === 'dialog' && !el.hasAttribute('open')) return true;
  const parent = el.parentElement;
  return parent?.localName === 'details' && !parent.hasAttribute('open') && !isOwnSummary(el, parent);
}

function isOwnSummary(el: Element, details: Element): boolean {
  if (el.localName !== 'summary') return false;
  for (let c = details.firstElementChild; c; c = c.nextElementSibling) if (c.localName === 'summary') return c === el;
  return false;
}

/** Whether `clip: rect(…)` or `clip-path` leaves nothing of the box to see. */
function clippedToNothing(style: Style): boolean {
  const clip = style.clip;
  if (clip && clip !== 'auto' && (style.position === 'absolute' || style.position === 'fixed')) {
    const n = (clip.match(/-?[\d.]+/g) ?? []).map(Number);
    if (n.length === 4 && (n[2]! <= n[0]! || n[1]! <= n[3]!)) return true;
  }
  const path = style.clipPath;
  if (!path || path === 'none') return false;
  const inset = /^inset\(([^)]*)\)/.exec(path);
  if (inset) return insetLeavesNothing(inset[1] ?? '');
  return (
    /^(?:circle|ellipse)\(\s*0(?:px|%)?[\s)]/.test(path) ||
    /^polygon\((?:\s*0(?:px|%)?\s+0(?:px|%)?\s*,?)+\)$/.test(path)
  );
}

/** `inset(top right bottom left)` in percentages (1 to 4 values, before any `round`): nothing left between them. */
function insetLeavesNothing(args: string): boolean {
  const values = (args.split(/\s+round\s+/)[0] ?? '').trim().split(/\s+/);
  const pct = values.map((v) => (v.endsWith('%') ? parseFloat(v) : v === '0' || v === '0px' ? 0 : NaN));
  const [top = NaN, right = top, bottom = top, left = right] = pct;
  return top + bottom >= 100 || left + right >= 100;
}

/** Whether a computed transform scales a box to nothing (a singular matrix: scale(0) and the like). */
function scalesToNothing(transform: string): boolean {
  const m = /^matrix(3d)?\(([^)]*)\)/.exec(transform);
  if (!m) return false;
  const n = (m[2] ?? '').split(',').map(Number);
  const [a, b, c, d] = m[1] ? [n[0], n[1], n[4], n[5]] : [n[0], n[1], n[2], n[3]];
  return (a ?? 1) * (d ?? 1) - (b ?? 0) * (c ?? 0) === 0;
}

const scrolls = (style: Style) => style.overflowX !== 'visible' || style.overflowY !== 'visible';

/** Whether a box in a laid-out page shows nothing: squeezed behind overflow, clipped, or off the page. */
function geometryHides(el: Element, style: Style, display: string): boolean {
  if (clippedToNothing(style)) return true;
  const indent = parseFloat(style.textIndent);
  if (indent <= PUSHED_OFF) return true;
  if (display === 'contents') return false;
  const r = el.getBoundingClientRect();
  // A box squeezed to nothing shows nothing when it clips, or when it is scaled to nothing with all it holds.
  if (r.width * r.height < TINY && (scrolls(style) || scalesToNothing(style.transform))) return true;
  return offPage(el, r);
}

/** Where the page is scrolled to, and where it ends: what scrolling can reach, or the viewport if smaller. */
interface PageGeometry {
  scrollX: number;
  scrollY: number;
  width: number;
  height: number;
}

function measurePage(doc: Document): PageGeometry {
  const view = doc.defaultView;
  const page = doc.scrollingElement ?? doc.documentElement;
  return {
    scrollX: view?.scrollX ?? 0,
    scrollY: view?.scrollY ?? 0,
    width: Math.max(page.scrollWidth, view?.innerWidth ?? 0),
    height: Math.max(page.scrollHeight, view?.innerHeight ?? 0),
  };
}

/** Each document's geometry, measured once while a read-only pass runs (see readingPage); null outside one. */
let frozen: Map<Document, PageGeometry> | null = null;

/**
 * Runs a synchronous pass that reads the page and changes nothing (no scrolling, no clicks), so the page's scroll
 * offset and extent are measured once rather than for every element: per element they cost a fifth of a capture.
 * Outside such a pass, as in fill, which scrolls and opens popups between checks, they are measured every time.
 */
export function readingPage<T>(run: () => T): T {
  if (frozen) return run();
  frozen = new Map();
  try {
    return run();
  } finally {
    frozen = null;
  }
}

function pageGeometry(doc: Document): PageGeometry {
  if (!frozen) return measurePage(doc);
  let known = frozen.get(doc);
  if (!known) frozen.set(doc, (known = measurePage(doc)));
  return known;
}

/** Placed where no scrolling reaches: left of or above the page, or past its end where it cannot scroll. */
function offPage(el: Element, r: DOMRect): boolean {
  if (r.width === 0 && r.height === 0) return false;
  const page = pageGeometry(el.ownerDocument);
  const x = r.left + page.scrollX;
  const y = r.top + page.scrollY;
  if (x + r.width <= 0 || y + r.height <= 0) return true;
  return x >= page.width || y >= page.height;
}

/**
 * How an element hides its content, given that its parent is shown: 'all' (nothing in it shows), 'text' (its
 * own text is invisible but a child may make itself visible again: `visibility`), or 'none'. Used by walks that
 * go top-down, so each element's style is read once.
 */
export function ownHiding(el: Element, layout: boolean): OwnHiding {
  if (hiddenByMarkup(el)) return 'all';
  const view = el.ownerDocument.defaultView;
  if (!view) return 'none';
  const style = view.getComputedStyle(el) as unknown as Style;
  // Each read of a computed property costs a string from the engine: every one is read once.
  const display = style.display;
  if (display === 'none' || style.opacity === '0' || style.contentVisibility === 'hidden') return 'all';
  if (layout && geometryHides(el, style, display)) return 'all';
  const visibility = style.visibility;
  if (visibility === 'hidden' || visibility === 'collapse') return 'text';
  // A closed details shows only its summary: its bare text is hidden, its other children by hiddenByMarkup.
  return el.localName === 'details' && !el.hasAttribute('open') ? 'text' : 'none';
}

/** The element an element is shown in: its slot, its parent, or the host of its shadow root. */
function flatParent(el: Element): Element | null {
  if (el.assignedSlot) return el.assignedSlot;
  if (el.parentElement) return el.parentElement;
  const root = el.parentNode as (Node & { host?: Element }) | null;
  return root?.nodeType === 11 && root.host ? root.host : null;
}

function styleShows(el: Element, opacity: boolean, layout: boolean): boolean {
  const check = (el as unknown as Checkable).checkVisibility;
  const view = el.ownerDocument.defaultView;
  const own = view?.getComputedStyle(el) as unknown as Style | undefined;
  if (own && (own.visibility === 'collapse' || own.visibility === 'hidden')) return false;
  if (layout && typeof check === 'function') return check.call(el, opacity ? CHECK : CHECK_NO_OPACITY);
  let child: Element | null = null;
  for (let cur: Element | null = el; cur; child = cur, cur = flatParent(cur)) {
    const style = view?.getComputedStyle(cur) as unknown as Style | undefined;
    if (!style || style.display === 'none' || (opacity && style.opacity === '0')) return false;
    if (child && style.contentVisibility === 'hidden') return false;
  }
  return true;
}

/**
 * Whether a person can see the element now: its markup, its styles and those of everything it is shown in,
 * and (in a browser) its geometry and every box that could clip it, through shadow hosts and frames. With
 * `opacity: false` a transparent control over a visible stand-in (a styled select's search box) counts.
 */
export function isVisible(el: Element, { opacity = true } = {}): boolean {
  for (let cur: Element | null = el; cur; cur = flatParent(cur)) if (hiddenByMarkup(cur)) return false;
  const layout = hasLayout(el.ownerDocument);
  if (!styleShows(el, opacity, layout)) return false;
  if (layout && !placed(el)) return false;
  const frame = el.ownerDocument.defaultView?.frameElement;
  return !frame || isVisible(frame);
}

function placed(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view) return true;
  const own = view.getComputedStyle(el) as unknown as Style;
  if (clippedToNothing(own) || parseFloat(own.textIndent) <= PUSHED_OFF) return false;
  const r = el.getBoundingClientRect();
  if (own.display !== 'contents' && (r.width * r.height < TINY || offPage(el, r))) return false;
  let cur = flatParent(el);
  for (let depth = 0; cur && depth < MAX_ANCESTORS; depth++, cur = flatParent(cur)) {
    const style = view.getComputedStyle(cur) as unknown as Style;
    if (clippedToNothing(style)) return false;
    if (!scrolls(style) || style.display === 'contents') continue;
    const box = cur.getBoundingClientRect();
    if (box.width * box.height < TINY) return false;
    const clips =
      style.overflowX === 'hidden' ||
      style.overflowX === 'clip' ||
      style.overflowY === 'hidden' ||
      style.overflowY === 'clip';
    if (clips && (r.right <= box.left || r.left >= box.right || r.bottom <= box.top || r.top >= box.bottom))
      return false;
  }
  return true;
}

/**
 * Whether an element sits in a zero-size box that clips it, as antd's screen-reader copy of a dropdown's
 * options does; a pointer can never reach it.
 */
export function isClippedAway(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view || !hasLayout(el.ownerDocument)) return false;
  let cur = el.parentElement;
  for (let depth = 0; cur && depth < 8; depth++, cur = cur.parentElement) {
    const style = view.getComputedStyle(cur) as unknown as Style;
    if (!scrolls(style)) continue;
    const r = cur.getBoundingClientRect();
    if (r.width * r.height < TINY) return true;
  }
  return false;
}

/**
 * Whether a styled control is shown through what stands for it: radios, checkboxes and file inputs are
 * often transparent or display:none behind a visible label, button or drop zone.
 */
export function isShownThrough(el: Element): boolean {
  if (isVisible(el)) return true;
  if (el.getAttribute('aria-hidden') === 'true') return false;
  const stand = (el as HTMLInputElement).labels?.[0] ?? el.parentElement;
  return stand !== null && stand !== undefined && isVisible(stand);
}
