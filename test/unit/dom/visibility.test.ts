import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  hasLayout,
  isClippedAway,
  isShownThrough,
  isVisible,
  ownHiding,
  readingPage,
  type OwnHiding,
} from '../../../lib/dom/visibility';

/** Puts markup in the page; `shadow` fills the open shadow root of the element with id "host". */
function page(html: string, shadow?: string): Document {
  document.body.replaceChildren();
  const t = document.createElement('template');
  t.innerHTML = html;
  document.body.append(t.content);
  if (shadow !== undefined) {
    const host = document.getElementById('host');
    if (!host) throw new Error('the page has no #host for its shadow root');
    const root = host.attachShadow({ mode: 'open' });
    const s = document.createElement('template');
    s.innerHTML = shadow;
    root.append(s.content);
  }
  return document;
}

/** The element with an id, in the page or in #host's shadow root. */
function byId(id: string): Element {
  const el = document.getElementById(id) ?? document.getElementById('host')?.shadowRoot?.getElementById(id);
  if (!el) throw new Error(`no #${id}`);
  return el;
}

const CLASSES = '<style>.gone { display: none } .ghost { visibility: hidden } .clear { opacity: 0 }</style>';

/** Table rows with their whole title (vitest's `$name` cuts long names short). */
const titled = <T>(rows: T[], title: (row: T) => string): [string, T][] => rows.map((row) => [title(row), row]);

const NO_LAYOUT_VISIBLE: { name: string; html: string; shadow?: string; opacity?: false; visible: boolean }[] = [
  { name: 'a plain paragraph', html: '<p id="t">A</p>', visible: true },
  { name: 'the hidden attribute', html: '<p id="t" hidden>A</p>', visible: false },
  { name: 'hidden="until-found"', html: '<p id="t" hidden="until-found">A</p>', visible: false },
  { name: 'a hidden ancestor', html: '<div hidden><section><p id="t">A</p></section></div>', visible: false },
  { name: 'an inert ancestor', html: '<div inert><p id="t">A</p></div>', visible: false },
  {
    name: 'an aria-hidden="true" ancestor',
    html: '<div aria-hidden="true"><section><p id="t">A</p></section></div>',
    visible: false,
  },
  { name: 'aria-hidden="false"', html: '<div aria-hidden="false"><p id="t">A</p></div>', visible: true },
  {
    name: 'the body of a closed details',
    html: '<details><summary>More</summary><p id="t">A</p></details>',
    visible: false,
  },
  {
    name: 'the first summary of a closed details',
    html: '<details><summary id="t">More</summary><p>A</p></details>',
    visible: true,
  },
  {
    name: 'an element inside that summary',
    html: '<details><summary><b id="t">More</b></summary><p>A</p></details>',
    visible: true,
  },
  {
    name: 'a second summary of a closed details',
    html: '<details><summary>More</summary><summary id="t">Again</summary></details>',
    visible: false,
  },
  {
    name: 'the body of an open details',
    html: '<details open><summary>More</summary><p id="t">A</p></details>',
    visible: true,
  },
  { name: 'a dialog without open', html: '<dialog><p id="t">A</p></dialog>', visible: false },
  { name: 'an open dialog', html: '<dialog open><p id="t">A</p></dialog>', visible: true },
  {
    name: 'display:none from a <style> class on an ancestor',
    html: `${CLASSES}<div class="gone"><p id="t">A</p></div>`,
    visible: false,
  },
  { name: 'display:none inline on the element', html: '<p id="t" style="display: none">A</p>', visible: false },
  { name: 'visibility:hidden on the element', html: '<p id="t" style="visibility: hidden">A</p>', visible: false },
  { name: 'visibility:hidden from a <style> class', html: `${CLASSES}<p id="t" class="ghost">A</p>`, visible: false },
  { name: 'visibility:collapse on the element', html: '<p id="t" style="visibility: collapse">A</p>', visible: false },
  {
    name: 'a child inheriting visibility:hidden',
    html: '<div style="visibility: hidden"><span id="t">A</span></div>',
    visible: false,
  },
  {
    name: 'a child visible again inside visibility:hidden',
    html: '<div style="visibility: hidden"><span id="t" style="visibility: visible">A</span></div>',
    visible: true,
  },
  {
    name: 'opacity:0 on an ancestor',
    html: '<div style="opacity: 0"><p><span id="t">A</span></p></div>',
    visible: false,
  },
  {
    name: 'opacity:0 from a <style> class on the element',
    html: `${CLASSES}<p id="t" class="clear">A</p>`,
    visible: false,
  },
  {
    name: 'opacity:0 on an ancestor, opacity not counted',
    html: '<div style="opacity: 0"><p id="t">A</p></div>',
    opacity: false,
    visible: true,
  },
  {
    name: 'content-visibility:hidden on an ancestor',
    html: '<div style="content-visibility: hidden"><p id="t">A</p></div>',
    visible: false,
  },
  {
    name: 'content-visibility:hidden on the element (its own box shows)',
    html: '<div id="t" style="content-visibility: hidden"><p>A</p></div>',
    visible: true,
  },
  { name: 'an element in a shadow root', html: '<div id="host"></div>', shadow: '<p id="t">A</p>', visible: true },
  {
    name: 'an element in the shadow root of a hidden host',
    html: '<div id="host" hidden></div>',
    shadow: '<p id="t">A</p>',
    visible: false,
  },
  {
    name: 'an element in the shadow root of a display:none host',
    html: '<div id="host" style="display: none"></div>',
    shadow: '<p id="t">A</p>',
    visible: false,
  },
  {
    name: 'an element in the shadow root of a transparent host',
    html: '<div style="opacity: 0"><div id="host"></div></div>',
    shadow: '<p id="t">A</p>',
    visible: false,
  },
  {
    name: 'an element in the shadow root of a host in a closed details',
    html: '<details><summary>More</summary><div id="host"></div></details>',
    shadow: '<p id="t">A</p>',
    visible: false,
  },
];

const NO_LAYOUT_HIDING: { name: string; html: string; hiding: OwnHiding }[] = [
  { name: 'a plain element', html: '<p id="t">A</p>', hiding: 'none' },
  { name: 'the hidden attribute', html: '<p id="t" hidden>A</p>', hiding: 'all' },
  { name: 'inert', html: '<div id="t" inert><p>A</p></div>', hiding: 'all' },
  { name: 'aria-hidden="true"', html: '<div id="t" aria-hidden="true"><p>A</p></div>', hiding: 'all' },
  { name: 'a template', html: '<template id="t"><p>A</p></template>', hiding: 'all' },
  { name: 'a dialog without open', html: '<dialog id="t"><p>A</p></dialog>', hiding: 'all' },
  { name: 'an open dialog', html: '<dialog id="t" open><p>A</p></dialog>', hiding: 'none' },
  {
    name: 'a closed details: its bare text hides, its summary shows',
    html: '<details id="t"><summary>More</summary><p>A</p></details>',
    hiding: 'text',
  },
  {
    name: 'the body of a closed details',
    html: '<details><summary>More</summary><div id="t"><p>A</p></div></details>',
    hiding: 'all',
  },
  {
    name: 'the first summary of a closed details',
    html: '<details><summary id="t">More</summary><p>A</p></details>',
    hiding: 'none',
  },
  {
    name: 'the body of an open details',
    html: '<details open><summary>More</summary><div id="t">A</div></details>',
    hiding: 'none',
  },
  { name: 'display:none from a <style> class', html: `${CLASSES}<div id="t" class="gone">A</div>`, hiding: 'all' },
  { name: 'display:none inline', html: '<div id="t" style="display: none">A</div>', hiding: 'all' },
  { name: 'opacity:0', html: '<div id="t" style="opacity: 0">A</div>', hiding: 'all' },
  {
    name: 'content-visibility:hidden',
    html: '<div id="t" style="content-visibility: hidden"><p>A</p></div>',
    hiding: 'all',
  },
  {
    name: 'visibility:hidden (a child may show again)',
    html: '<div id="t" style="visibility: hidden">A</div>',
    hiding: 'text',
  },
  {
    name: 'visibility:hidden from a <style> class',
    html: `${CLASSES}<div id="t" class="ghost">A</div>`,
    hiding: 'text',
  },
  {
    name: 'visibility:collapse',
    html: '<table><tr id="t" style="visibility: collapse"><td>A</td></tr></table>',
    hiding: 'text',
  },
  {
    name: 'a child inheriting visibility:hidden',
    html: '<div style="visibility: hidden"><span id="t">A</span></div>',
    hiding: 'text',
  },
  {
    name: 'a child visible again',
    html: '<div style="visibility: hidden"><span id="t" style="visibility: visible">A</span></div>',
    hiding: 'none',
  },
  {
    name: 'the sr-only pattern: geometry is not judged without layout',
    html: '<span id="t" style="position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0)">A</span>',
    hiding: 'none',
  },
  {
    name: 'text-indent:-9999px: geometry is not judged without layout',
    html: '<h1 id="t" style="text-indent: -9999px">A</h1>',
    hiding: 'none',
  },
];

const SHOWN_THROUGH = [
  {
    name: 'a transparent radio with a visible label',
    html: '<input id="t" type="radio" style="opacity: 0"><label for="t">Card</label>',
    shown: true,
  },
  {
    name: 'a display:none checkbox inside a visible label',
    html: '<label><input id="t" type="checkbox" style="display: none"> Settled</label>',
    shown: true,
  },
  {
    name: 'a display:none file input in a visible drop zone',
    html: '<div class="drop">Drop a file<input id="t" type="file" style="display: none"></div>',
    shown: true,
  },
  {
    name: 'a transparent radio whose label is hidden',
    html: '<input id="t" type="radio" style="opacity: 0"><label for="t" hidden>Card</label>',
    shown: false,
  },
  {
    name: 'an aria-hidden input',
    html: '<div><input id="t" type="checkbox" aria-hidden="true" style="opacity: 0"></div>',
    shown: false,
  },
  {
    name: 'a file input in a hidden drop zone',
    html: '<div hidden><input id="t" type="file" style="display: none"></div>',
    shown: false,
  },
];

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('the visibility model without layout (happy-dom: markup and computed styles only)', () => {
  it('knows there is no layout engine behind the page', () => {
    page('<p>订单号：A1</p>');
    expect(hasLayout(document)).toBe(false);
  });

  it.each(titled(NO_LAYOUT_VISIBLE, (r) => `${r.name} → ${r.visible}`))(
    'isVisible: %s',
    (_, { html, shadow, opacity, visible }) => {
      page(html, shadow);
      expect(isVisible(byId('t'), opacity === false ? { opacity: false } : undefined)).toBe(visible);
    },
  );

  it.each(titled(NO_LAYOUT_HIDING, (r) => `${r.name} → ${r.hiding}`))('ownHiding: %s', (_, { html, hiding }) => {
    page(html);
    expect(ownHiding(byId('t'), hasLayout(document))).toBe(hiding);
  });

  it.each(titled(SHOWN_THROUGH, (r) => `${r.name} → ${r.shown}`))('isShownThrough: %s', (_, { html, shown }) => {
    page(html);
    expect(isShownThrough(byId('t'))).toBe(shown);
  });

  it('isClippedAway is false without layout, whatever the styles say', () => {
    page('<div style="width: 0; height: 0; overflow: hidden"><ul><li id="t">Card</li></ul></div>');
    expect(isClippedAway(byId('t'))).toBe(false);
  });
});

// ---- Geometry: a browser's layout, stubbed. ----

type Style = {
  display: string;
  visibility: string;
  opacity: string;
  clip: string;
  clipPath: string;
  textIndent: string;
  overflowX: string;
  overflowY: string;
  position: string;
  contentVisibility: string;
  transform: string;
};
/** A box as a browser lays it out: its computed style, its rectangle [left, top, width, height], what checkVisibility says. */
type Box = { style?: Partial<Style>; rect?: readonly [number, number, number, number]; check?: boolean };

const SHOWN: Style = {
  display: 'block',
  visibility: 'visible',
  opacity: '1',
  clip: 'auto',
  clipPath: 'none',
  textIndent: '0px',
  overflowX: 'visible',
  overflowY: 'visible',
  position: 'static',
  contentVisibility: 'visible',
  transform: 'none',
};
/** The viewport happy-dom reports (1024 × 768) and a page that scrolls to 3000 px. */
const PAGE = { width: 1024, height: 3000 };
const DEFAULT_RECT = [8, 8, 300, 40] as const;

const rect = ([left, top, width, height]: readonly [number, number, number, number]) =>
  ({
    x: left,
    y: top,
    left,
    top,
    width,
    height,
    right: left + width,
    bottom: top + height,
    toJSON: () => ({}),
  }) as DOMRect;

const hiddenBox = { overflowX: 'hidden', overflowY: 'hidden' } as const;
const srOnly = { ...hiddenBox, position: 'absolute', clip: 'rect(0px, 0px, 0px, 0px)' } as const;

/**
 * Builds the page and stubs what a browser would compute: the document's own box (so hasLayout is true), each
 * element's computed style, rectangle and checkVisibility (which honours checkOpacity like a browser does).
 */
function laidOut(html: string, boxes: Record<string, Box>): Document {
  page(html);
  const styles = new Map<Element, Style>();
  const html_ = document.documentElement;
  vi.spyOn(html_, 'getBoundingClientRect').mockReturnValue(rect([0, 0, PAGE.width, PAGE.height]));
  vi.spyOn(html_, 'scrollWidth', 'get').mockReturnValue(PAGE.width);
  vi.spyOn(html_, 'scrollHeight', 'get').mockReturnValue(PAGE.height);
  for (const el of [document.body, ...document.body.querySelectorAll('*')]) {
    const box = boxes[el.id] ?? {};
    const style = { ...SHOWN, ...box.style };
    styles.set(el, style);
    vi.spyOn(el, 'getBoundingClientRect').mockReturnValue(
      rect(el === document.body ? [0, 0, PAGE.width, PAGE.height] : (box.rect ?? DEFAULT_RECT)),
    );
    vi.spyOn(el, 'checkVisibility').mockImplementation(
      (options) => (box.check ?? true) && !(options?.checkOpacity && style.opacity === '0'),
    );
  }
  vi.spyOn(window, 'getComputedStyle').mockImplementation(
    (el) => (styles.get(el) ?? SHOWN) as unknown as CSSStyleDeclaration,
  );
  return document;
}

type GeometryRow = {
  name: string;
  html?: string;
  boxes: Record<string, Box>;
  own: OwnHiding;
  visible: boolean;
  of?: string;
  opacity?: false;
};

const ONE = '<p id="t">A</p>';
const NESTED = '<div id="box"><p id="t">A</p></div>';

const GEOMETRY: GeometryRow[] = [
  { name: 'an ordinary box', boxes: {}, own: 'none', visible: true },
  {
    name: 'zero size with overflow hidden',
    boxes: { t: { rect: [10, 10, 0, 0], style: hiddenBox } },
    own: 'all',
    visible: false,
  },
  {
    name: 'zero size with overflow:clip',
    boxes: { t: { rect: [10, 10, 0, 0], style: { overflowX: 'clip', overflowY: 'clip' } } },
    own: 'all',
    visible: false,
  },
  {
    name: 'zero size, scaled to nothing (transform: scale(0))',
    boxes: { t: { rect: [10, 10, 0, 0], style: { transform: 'matrix(0, 0, 0, 0, 0, 0)' } } },
    own: 'all',
    visible: false,
  },
  {
    name: 'zero size with overflow visible: the box is no content',
    boxes: { t: { rect: [10, 10, 0, 0] } },
    own: 'none',
    visible: false,
  },
  {
    name: 'zero size with overflow visible: its child still shows',
    html: NESTED,
    boxes: { box: { rect: [10, 10, 0, 0] }, t: { rect: [10, 10, 120, 20] } },
    own: 'none',
    visible: true,
  },
  {
    name: 'a zero-size overflow:hidden ancestor hides its child',
    html: NESTED,
    boxes: { box: { rect: [10, 10, 0, 0], style: hiddenBox }, t: { rect: [10, 10, 120, 20] } },
    own: 'none',
    visible: false,
  },
  {
    name: 'the sr-only pattern (1×1, overflow hidden, clip rect 0)',
    boxes: { t: { rect: [0, 0, 1, 1], style: srOnly } },
    own: 'all',
    visible: false,
  },
  {
    name: 'text inside an sr-only box',
    html: '<span id="t"><b id="in">A</b></span>',
    boxes: { t: { rect: [0, 0, 1, 1], style: srOnly }, in: { rect: [0, 0, 40, 20] } },
    of: 'in',
    own: 'all',
    visible: false,
  },
  {
    name: 'clip rect(0 0 0 0) on an absolutely positioned box',
    boxes: { t: { style: { clip: 'rect(0px, 0px, 0px, 0px)', position: 'absolute' } } },
    own: 'all',
    visible: false,
  },
  {
    name: 'clip rect(0 0 0 0) on a fixed box',
    boxes: { t: { style: { clip: 'rect(0px, 0px, 0px, 0px)', position: 'fixed' } } },
    own: 'all',
    visible: false,
  },
  {
    name: 'clip rect(0 0 0 0) on a static box (clip does not apply)',
    boxes: { t: { style: { clip: 'rect(0px, 0px, 0px, 0px)', position: 'static' } } },
    own: 'none',
    visible: true,
  },
  {
    name: 'clip rect(0 300px 40px 0) on an absolute box (nothing cut)',
    boxes: { t: { style: { clip: 'rect(0px, 300px, 40px, 0px)', position: 'absolute' } } },
    own: 'none',
    visible: true,
  },
  {
    name: 'clip rect(0 0 0 0) on an absolutely positioned ancestor',
    html: NESTED,
    boxes: { box: { style: { clip: 'rect(0px, 0px, 0px, 0px)', position: 'absolute' } } },
    own: 'none',
    visible: false,
  },
  { name: 'clip-path inset(50%)', boxes: { t: { style: { clipPath: 'inset(50%)' } } }, own: 'all', visible: false },
  { name: 'clip-path inset(10%)', boxes: { t: { style: { clipPath: 'inset(10%)' } } }, own: 'none', visible: true },
  {
    name: 'clip-path circle(0px)',
    boxes: { t: { style: { clipPath: 'circle(0px at 50% 50%)' } } },
    own: 'all',
    visible: false,
  },
  {
    name: 'clip-path polygon of one point',
    boxes: { t: { style: { clipPath: 'polygon(0px 0px, 0px 0px, 0px 0px)' } } },
    own: 'all',
    visible: false,
  },
  { name: 'text-indent -9999px', boxes: { t: { style: { textIndent: '-9999px' } } }, own: 'all', visible: false },
  {
    name: 'text-indent -2em (a hanging indent)',
    boxes: { t: { style: { textIndent: '-32px' } } },
    own: 'none',
    visible: true,
  },
  {
    name: 'placed left of the page (left + width ≤ 0)',
    boxes: { t: { rect: [-500, 10, 200, 20] } },
    own: 'all',
    visible: false,
  },
  { name: 'partly left of the page', boxes: { t: { rect: [-100, 10, 200, 20] } }, own: 'none', visible: true },
  { name: 'placed above the page', boxes: { t: { rect: [10, -300, 200, 100] } }, own: 'all', visible: false },
  {
    name: 'past the right end of a page that does not scroll there',
    boxes: { t: { rect: [5000, 10, 200, 20] } },
    own: 'all',
    visible: false,
  },
  {
    name: 'below the viewport on a page that scrolls to it',
    boxes: { t: { rect: [10, 2000, 200, 20] } },
    own: 'none',
    visible: true,
  },
  { name: 'below the end of the page', boxes: { t: { rect: [10, 5000, 200, 20] } }, own: 'all', visible: false },
  {
    name: 'scrolled out of an overflow:auto box (a person scrolls)',
    html: NESTED,
    boxes: {
      box: { rect: [0, 0, 300, 100], style: { overflowX: 'auto', overflowY: 'auto' } },
      t: { rect: [0, 400, 300, 20] },
    },
    own: 'none',
    visible: true,
  },
  {
    name: 'outside an overflow:hidden box',
    html: NESTED,
    boxes: { box: { rect: [0, 0, 300, 100], style: hiddenBox }, t: { rect: [0, 400, 300, 20] } },
    own: 'none',
    visible: false,
  },
  {
    name: 'partly inside an overflow:hidden box',
    html: NESTED,
    boxes: { box: { rect: [0, 0, 300, 100], style: hiddenBox }, t: { rect: [0, 90, 300, 20] } },
    own: 'none',
    visible: true,
  },
  {
    name: 'display:contents with no box of its own',
    boxes: { t: { rect: [0, 0, 0, 0], style: { display: 'contents', ...hiddenBox } } },
    own: 'none',
    visible: true,
  },
  {
    name: 'a style the browser hides (checkVisibility false)',
    boxes: { t: { check: false } },
    own: 'none',
    visible: false,
  },
  { name: 'a transparent box', boxes: { t: { style: { opacity: '0' } } }, own: 'all', visible: false },
  {
    name: 'a transparent box, opacity not counted',
    boxes: { t: { style: { opacity: '0' } } },
    own: 'all',
    visible: true,
    opacity: false,
  },
  {
    name: 'visibility:hidden with layout',
    boxes: { t: { style: { visibility: 'hidden' } } },
    own: 'text',
    visible: false,
  },
];

const CLIPPED_AWAY: { name: string; boxes: Record<string, Box>; clipped: boolean }[] = [
  {
    name: 'inside a zero-size overflow:hidden box (antd’s screen-reader copy)',
    boxes: { box: { rect: [0, 0, 0, 0], style: hiddenBox } },
    clipped: true,
  },
  { name: 'inside a zero-size box that does not clip', boxes: { box: { rect: [0, 0, 0, 0] } }, clipped: false },
  {
    name: 'inside an ordinary overflow:hidden box',
    boxes: { box: { rect: [0, 0, 300, 100], style: hiddenBox } },
    clipped: false,
  },
];

describe('the visibility model with layout (stubbed styles and rectangles)', () => {
  it('sees a layout engine when the document has a box', () => {
    laidOut(ONE, {});
    expect(hasLayout(document)).toBe(true);
  });

  it.each(titled(GEOMETRY, (r) => `${r.name} → ownHiding ${r.own}, isVisible ${r.visible}`))(
    '%s',
    (_, { html, boxes, own, visible, of, opacity }) => {
      laidOut(html ?? ONE, boxes);
      expect(ownHiding(byId('t'), hasLayout(document))).toBe(own);
      expect(isVisible(byId(of ?? 't'), opacity === false ? { opacity: false } : undefined)).toBe(visible);
    },
  );

  // Bug (lib/dom/visibility.ts clippedToNothing): only the first inset() value is read and taken for all four
  // sides, so `inset(0 100% 0 0)` (a wipe-reveal's start state, nothing shown) counts as shown.
  it('clip-path inset(0 100% 0 0) clips everything away → hidden', () => {
    laidOut(ONE, { t: { style: { clipPath: 'inset(0px 100% 0px 0px)' } } });
    expect(ownHiding(byId('t'), true)).toBe('all');
    expect(isVisible(byId('t'))).toBe(false);
  });

  // Same bug, other direction: `inset(50% 0 0 0)` cuts only the top half, yet the box counts as hidden.
  it('clip-path inset(50% 0 0 0) leaves the bottom half → shown', () => {
    laidOut(ONE, { t: { style: { clipPath: 'inset(50% 0px 0px 0px)' } } });
    expect(ownHiding(byId('t'), true)).toBe('none');
    expect(isVisible(byId('t'))).toBe(true);
  });

  // Bug (lib/dom/visibility.ts geometryHides): any transform on a zero-size box counts as "scaled to nothing".
  // A box whose children all float has no height; with the common translateZ(0) layer hack its computed
  // transform is an identity matrix, yet capture and readableText drop everything it holds.
  it('a zero-height box of floated children with transform translateZ(0) still shows them → ownHiding none', () => {
    laidOut(NESTED, {
      box: { rect: [8, 8, 300, 0], style: { transform: 'matrix(1, 0, 0, 1, 0, 0)' } },
      t: { rect: [8, 8, 300, 40] },
    });
    expect(ownHiding(byId('box'), true)).toBe('none');
    expect(isVisible(byId('t'))).toBe(true);
  });

  it.each(titled(CLIPPED_AWAY, (r) => `${r.name} → ${r.clipped}`))('isClippedAway: %s', (_, { boxes, clipped }) => {
    laidOut('<div id="box"><ul><li id="t">Card</li></ul></div>', boxes);
    expect(isClippedAway(byId('t'))).toBe(clipped);
  });

  it('measures the page once in a read-only pass, and for every element outside one', () => {
    laidOut('<p id="a">A</p><p id="b">B</p><p id="c">C</p>', {});
    const height = vi.spyOn(document.documentElement, 'scrollHeight', 'get').mockReturnValue(PAGE.height);
    const ids = ['a', 'b', 'c'];
    expect(readingPage(() => ids.map((id) => ownHiding(byId(id), true)))).toEqual(['none', 'none', 'none']);
    expect(height).toHaveBeenCalledTimes(1);
    ids.forEach((id) => ownHiding(byId(id), true));
    expect(height).toHaveBeenCalledTimes(4);
  });

  it('sees the page as it is when the pass began: a box past its end is hidden, however often it is asked', () => {
    laidOut('<p id="a">A</p><p id="far">F</p>', { far: { rect: [8, PAGE.height + 10, 300, 40] } });
    expect(readingPage(() => [ownHiding(byId('a'), true), ownHiding(byId('far'), true)])).toEqual(['none', 'all']);
  });

  it('restores the stubs after each test', () => {
    page(ONE);
    expect(hasLayout(document)).toBe(false);
    expect(window.getComputedStyle(byId('t')).display).not.toBe('contents');
  });
});
