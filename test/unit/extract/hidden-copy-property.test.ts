import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRoots, type Root } from '../../../lib/dom/roots';
import { extractOrder, type ExtractOptions } from '../../../lib/capture/extract-order';
import type { CaptureDraft, CaptureResult } from '../../../lib/schema/capture';
import type { Order, OrderStatus } from '../../../lib/schema/order';
import { clockParts } from '../../builders/clock-parts';
import { makeOrder } from '../../builders/order';
import { PORTALS, expectedFor, loadPortal, portalNames } from './load-portal';
import { withZones } from '../../../lib/capture/with-zones';

/**
 * A hidden copy of an order, with other values, anywhere in a page and hidden by any form happy-dom can judge,
 * never changes what capture reads: the page's draft, its list candidates and its problems stay the same.
 */

type Expected = { options?: Partial<ExtractOptions>; draft: Partial<Order> | null; layout?: boolean };

// happy-dom lays nothing out, so fixtures hiding copies by geometry alone are checked in Chromium only.
const domPortals = () => portalNames().filter((n) => !expectedFor<Expected>(n).layout);
const OPTIONS: ExtractOptions = { zone: 'Asia/Shanghai', idMask: { keepStart: 3, keepEnd: 4 } };
const optionsFor = (name: string): ExtractOptions => ({ ...OPTIONS, ...expectedFor<Expected>(name).options });
/** Runs per fixture: about 200 in all, a few seconds. */
const RUNS = 8;

// ---- The hidden copy: an order's values as a label/value block. ----

type Lang = 'zh' | 'en';
type Layout = 'table' | 'dl' | 'divs' | 'inline';
type Form =
  | 'hidden'
  | 'inert'
  | 'aria-hidden'
  | 'template'
  | 'details'
  | 'dialog'
  | 'display:none'
  | 'visibility:hidden'
  | 'opacity:0'
  | 'content-visibility:hidden';
type Copied = Pick<Order, 'orderNo' | 'terminalId' | 'amountMinor' | 'currency' | 'paidAt' | 'status'>;

const LAYOUTS: Layout[] = ['table', 'dl', 'divs', 'inline'];
const FORMS: Form[] = [
  'hidden',
  'inert',
  'aria-hidden',
  'template',
  'details',
  'dialog',
  'display:none',
  'visibility:hidden',
  'opacity:0',
  'content-visibility:hidden',
];
/** Forms a style sets, inline or through a class from a <style> element. */
const STYLED: Partial<Record<Form, string>> = {
  'display:none': 'display: none',
  'visibility:hidden': 'visibility: hidden',
  'opacity:0': 'opacity: 0',
  'content-visibility:hidden': 'content-visibility: hidden',
};
/** Forms that may sit on the block itself rather than on a wrapper around it. */
const ON_BLOCK = new Set<Form>(['hidden', 'inert', 'aria-hidden', 'display:none', 'visibility:hidden', 'opacity:0']);

const LABELS: Record<Lang, Record<'orderNo' | 'amount' | 'paidAt' | 'status' | 'terminalId', string>> = {
  zh: { orderNo: '订单号', amount: '交易金额', paidAt: '交易时间', status: '交易状态', terminalId: '终端号' },
  en: {
    orderNo: 'Order No.',
    amount: 'Amount',
    paidAt: 'Transaction Time',
    status: 'Status',
    terminalId: 'Terminal ID',
  },
};
const STATUS_WORDS: Record<Lang, Partial<Record<OrderStatus, string>>> = {
  zh: { paid: '交易成功', refunded: '已退款', voided: '已撤销', failed: '交易失败', pending: '处理中' },
  en: { paid: 'Paid', refunded: 'Refunded', voided: 'Voided', failed: 'Failed', pending: 'Pending' },
};
const STATUSES = Object.keys(STATUS_WORDS.zh) as OrderStatus[];
const CURRENCY: Record<Lang, { sign: string; code: string }> = {
  zh: { sign: '¥', code: 'CNY' },
  en: { sign: '$', code: 'USD' },
};

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const money = (minor: number) => `${Math.floor(minor / 100).toLocaleString('en-US')}.${pad(minor % 100)}`;
/** The order's copied values as the page prints them. */
function printed(order: Copied, lang: Lang) {
  const when = order.paidAt?.slice(0, 19).replace('T', ' ') ?? '';
  return {
    orderNo: order.orderNo ?? '',
    amount: `${CURRENCY[lang].sign}${money(order.amountMinor ?? 0)}`,
    paidAt: when,
    status: STATUS_WORDS[lang][order.status ?? 'paid'] ?? '',
    terminalId: order.terminalId ?? '',
  };
}

/** The fields a copy prints. */
const copied = ({ orderNo, terminalId, amountMinor, currency, paidAt, status }: Order): Copied => ({
  orderNo,
  terminalId,
  amountMinor,
  currency,
  paidAt,
  status,
});

/** An order with values no fixture shows: HC/HT identifiers and a time in 2019, from the order builder. */
const copiedOrder = (statuses: OrderStatus[]): fc.Arbitrary<Copied> =>
  fc
    .record({
      no: fc.integer({ min: 10_000_000, max: 99_999_999 }),
      terminal: fc.integer({ min: 100_000, max: 999_999 }),
      amountMinor: fc.integer({ min: 101, max: 99_999_999 }),
      time: clockParts,
      status: fc.constantFrom(...statuses),
    })
    .map(({ no, terminal, amountMinor, time: { month, day, hour, minute, second }, status }) =>
      copied(
        makeOrder({
          orderNo: `HC${no}`,
          terminalId: `HT${terminal}`,
          amountMinor,
          paidAt: `2019-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}+08:00`,
          status,
        }),
      ),
    );

type Spec = {
  lang: Lang;
  layout: Layout;
  /** "label：value" text straight in the hiding wrapper, without an element of its own. */
  bare: boolean;
  form: Form;
  /** For the hidden attribute: hidden="" or hidden="until-found". */
  until: boolean;
  /** For a closed details: an empty <summary> first, or none. */
  summary: boolean;
  /** A style form set through a class from a <style> element rather than inline. */
  viaClass: boolean;
  /** The hiding sits on the block itself (one element) rather than on a wrapper. */
  onBlock: boolean;
  /** Plain elements between the hiding wrapper and the block. */
  depth: number;
  wrapper: 'div' | 'section' | 'span';
  /** Which element may hold the copy (any root of the page), and before which of its child nodes. */
  where: number;
  at: number;
};

const spec: fc.Arbitrary<Spec> = fc.record({
  lang: fc.constantFrom<Lang>('zh', 'en'),
  layout: fc.constantFrom(...LAYOUTS),
  bare: fc.boolean(),
  form: fc.constantFrom(...FORMS),
  until: fc.boolean(),
  summary: fc.boolean(),
  viaClass: fc.boolean(),
  onBlock: fc.boolean(),
  depth: fc.integer({ min: 0, max: 2 }),
  wrapper: fc.constantFrom('div', 'section', 'span'),
  where: fc.nat({ max: 100_000 }),
  at: fc.nat({ max: 1_000 }),
});

function el(doc: Document, tag: string, attrs: Record<string, string>, ...children: (Node | string)[]): HTMLElement {
  const e = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

/** The copied order as a block of label/value pairs the extractor reads when it is shown. */
function block(doc: Document, order: Copied, lang: Lang, layout: Layout, bare: boolean): Node[] {
  const v = printed(order, lang);
  const L = LABELS[lang];
  const pairs: [string, string][] = [
    [L.orderNo, v.orderNo],
    [L.amount, v.amount],
    [L.paidAt, v.paidAt],
    [L.status, v.status],
    [L.terminalId, v.terminalId],
  ];
  switch (layout) {
    case 'table':
      return [
        el(
          doc,
          'table',
          {},
          el(doc, 'tbody', {}, ...pairs.map(([l, x]) => el(doc, 'tr', {}, el(doc, 'th', {}, l), el(doc, 'td', {}, x)))),
        ),
      ];
    case 'dl':
      return [el(doc, 'dl', {}, ...pairs.flatMap(([l, x]) => [el(doc, 'dt', {}, l), el(doc, 'dd', {}, x)]))];
    case 'divs':
      return [
        el(
          doc,
          'div',
          {},
          ...pairs.map(([l, x]) => el(doc, 'div', {}, el(doc, 'span', {}, l), el(doc, 'span', {}, x))),
        ),
      ];
    case 'inline': {
      const sep = lang === 'zh' ? '：' : ': ';
      const lines = pairs.flatMap(([l, x], i) => (i ? [el(doc, 'br', {}), `${l}${sep}${x}`] : [`${l}${sep}${x}`]));
      const nodes = lines.map((n) => (typeof n === 'string' ? doc.createTextNode(n) : n));
      return bare ? nodes : [el(doc, 'p', {}, ...nodes)];
    }
  }
}

let classes = 0;

/**
 * The hidden copy for a root: the block, hidden by the form on itself or on a wrapper (with plain elements in
 * between), and the <style> element a class form needs (placed in the head, or first in a shadow root).
 */
function hiddenCopy(root: Root, order: Copied, s: Spec): Node {
  const doc = root.nodeType === 9 ? (root as Document) : (root as ShadowRoot).ownerDocument;
  let nodes = block(doc, order, s.lang, s.layout, s.bare);
  const style = STYLED[s.form];
  let cls = '';
  if (style && s.viaClass) {
    cls = `hc-hide-${++classes}`;
    const sheet = el(doc, 'style', {}, `.${cls} { ${style} !important; }`);
    if (root.nodeType === 9) doc.head.append(sheet);
    else root.prepend(sheet);
  }
  const hide = (e: Element) => {
    if (s.form === 'hidden') e.setAttribute('hidden', s.until ? 'until-found' : '');
    else if (s.form === 'inert') e.setAttribute('inert', '');
    else if (s.form === 'aria-hidden') e.setAttribute('aria-hidden', 'true');
    else if (style && s.viaClass) e.classList.add(cls);
    else if (style) e.setAttribute('style', style);
  };
  const only = nodes.length === 1 && nodes[0]?.nodeType === 1 ? (nodes[0] as Element) : null;
  if (only && s.onBlock && ON_BLOCK.has(s.form)) {
    hide(only);
    return only;
  }
  for (let i = 0; i < s.depth; i++) nodes = [el(doc, i % 2 ? 'section' : 'div', {}, ...nodes)];
  switch (s.form) {
    case 'template': {
      const t = doc.createElement('template');
      t.content.append(...nodes);
      return t;
    }
    case 'details':
      return el(doc, 'details', {}, ...(s.summary ? [el(doc, 'summary', {})] : []), ...nodes);
    case 'dialog':
      return el(doc, 'dialog', {}, ...nodes);
    default: {
      const w = el(doc, s.wrapper, {}, ...nodes);
      hide(w);
      return w;
    }
  }
}

const XHTML = 'http://www.w3.org/1999/xhtml';
/** Elements whose children are no content (void, raw text, controls, frames, replaced content). */
const NO_CONTENT =
  'area,base,br,col,colgroup,embed,hr,img,input,link,meta,param,source,track,wbr,script,style,textarea,title,noscript,xmp,select,option,optgroup,datalist,template,iframe,frame,object,video,audio,canvas,picture';
const canHold = (e: Element) => e.namespaceURI === XHTML && !e.closest(NO_CONTENT);

/** Every place a copy can go: the body or a shadow root, and each element in them, in every root. */
function places(): (Element | ShadowRoot)[] {
  return allRoots(document).flatMap((root) => {
    const top = root.nodeType === 9 ? (root as Document).body : (root as ShadowRoot);
    return top ? [top, ...[...top.querySelectorAll('*')].filter(canHold)] : [];
  });
}

/** Puts the copy before the at-th child node of the where-th place. */
function insert(order: Copied, s: Spec): void {
  const all = places();
  const parent = all[s.where % all.length]!;
  const root = parent.nodeType === 11 ? (parent as ShadowRoot) : (parent.getRootNode() as Root);
  const copy = hiddenCopy(root, order, s);
  parent.insertBefore(copy, parent.childNodes[s.at % (parent.childNodes.length + 1)] ?? null);
}

// ---- What capture reads, where it came from aside (a locator may count the copy among its siblings). ----

function sources(d: CaptureDraft) {
  return {
    values: d.values,
    sources: Object.fromEntries(Object.entries(d.sources).map(([k, { locator: _, ...rest }]) => [k, rest])),
  };
}
function captured(r: CaptureResult) {
  return {
    draft: r.draft && sources(r.draft),
    candidates: r.candidates.map((c) => ({ summary: c.summary, ...sources(c.draft) })),
    problems: r.problems,
  };
}

/** The fixture's own text, so a copied value can never be one the page shows (or hides) already. */
const pageText = (name: string) => readFileSync(join(PORTALS, name, 'index.html'), 'utf8');
const collides = (text: string, order: Copied, lang: Lang) => {
  const v = printed(order, lang);
  return [v.orderNo, v.terminalId, v.paidAt, money(order.amountMinor ?? 0)].some((x) => text.includes(x));
};

describe('a hidden copy of an order never changes the capture', () => {
  it.each(domPortals())(
    '%s',
    async (name) => {
      const options = optionsFor(name);
      const text = pageText(name);
      const baseline = captured(extractOrder(await loadPortal(`${name}/index.html`), withZones(options)));
      const shownStatus = baseline.draft?.values.status;
      const statuses = STATUSES.filter((s) => s !== shownStatus);
      const input = fc.record({ s: spec, order: copiedOrder(statuses) });

      await fc.assert(
        fc.asyncProperty(input, async ({ s, order }) => {
          fc.pre(!collides(text, order, s.lang));
          const doc = await loadPortal(`${name}/index.html`);
          insert(order, s);
          expect(captured(extractOrder(doc, withZones(options)))).toEqual(baseline);
        }),
        { numRuns: RUNS },
      );
    },
    30_000,
  );
});

describe('the hidden copy is one the extractor reads when it is shown', () => {
  const shownOrder = (lang: Lang, status: OrderStatus): Copied =>
    copied(
      makeOrder({
        orderNo: 'HC20190307',
        terminalId: 'HT731004',
        amountMinor: 1_234_567,
        currency: CURRENCY[lang].code,
        paidAt: '2019-03-07T08:09:10+08:00',
        status,
      }),
    );
  const readShown = (lang: Lang, layout: Layout, bare: boolean, status: OrderStatus) => {
    document.body.replaceChildren(...block(document, shownOrder(lang, status), lang, layout, bare));
    return extractOrder(document, withZones(OPTIONS)).draft?.values;
  };
  const rows = LAYOUTS.flatMap((layout) =>
    (['zh', 'en'] as Lang[]).flatMap((lang) =>
      (layout === 'inline' ? [false, true] : [false]).map((bare) => ({ layout, lang, bare })),
    ),
  );

  it.each(rows)('$layout ($lang, bare text: $bare), with every status word', ({ layout, lang, bare }) => {
    for (const status of STATUSES) {
      const { orderNo, terminalId, amountMinor, currency, paidAt } = shownOrder(lang, status);
      expect(readShown(lang, layout, bare, status), status).toEqual({
        orderNo,
        terminalId,
        amountMinor,
        currency,
        paidAt,
        status,
      });
    }
  });

  // Bug (lib/vocabulary/label-synonyms.ts + lib/extract/collect.ts isLabel): "Refunded" is both a status word
  // and a refundedMinor label, so next to "Status" in a table, dl or div pair it is taken for a label and the
  // status of a refunded order is dropped without a problem ("Status: Refunded" inline is read).
  it.each(LAYOUTS.filter((l) => l !== 'inline'))('%s (en): "Status | Refunded" is read as refunded', (layout) => {
    expect(readShown('en', layout, false, 'refunded')?.status).toBe('refunded');
  });
});

describe('hidden copies capture still reads (known bugs)', () => {
  const order: Copied = {
    orderNo: 'HC20190307',
    terminalId: 'HT731004',
    amountMinor: 1_234_567,
    currency: 'CNY',
    paidAt: '2019-03-07T08:09:10+08:00',
    status: 'voided',
  };
  const lines = () => block(document, order, 'zh', 'inline', true);
  const captureWith = async (name: string, change: (doc: Document) => void) => {
    const before = captured(extractOrder(await loadPortal(`${name}/index.html`), withZones(optionsFor(name))));
    const doc = await loadPortal(`${name}/index.html`);
    change(doc);
    return { before, after: captured(extractOrder(doc, withZones(optionsFor(name)))) };
  };

  // Bug (lib/dom/visibility.ts hiddenByMarkup + lib/extract/collect.ts walkChildren): only elements are judged,
  // so "label：value" text nodes straight inside a closed <details> body are read as shown.
  it('zh-table: bare "label：value" text in a closed <details> is not captured', async () => {
    const { before, after } = await captureWith('zh-table', (doc) =>
      doc.body.append(el(doc, 'details', {}, el(doc, 'summary', {}), ...lines())),
    );
    expect(after).toEqual(before);
  });

  // Bug (lib/extract/collect.ts walkElement): a visibility:hidden host's own text is skipped, but its shadow
  // root is walked as if shown, so text straight in the shadow root (which inherits the host's visibility) is read.
  it('zh-table: bare "label：value" text in the shadow root of a visibility:hidden host is not captured', async () => {
    const { before, after } = await captureWith('zh-table', (doc) => {
      const host = el(doc, 'div', { style: 'visibility: hidden' });
      doc.body.append(host);
      host.attachShadow({ mode: 'open' }).append(...lines());
    });
    expect(after).toEqual(before);
  });

  // Bug (lib/extract/row-reader.ts nextSection): after a list's first body section the reader moves on to the
  // next <tbody>/<tfoot> without judging its visibility, so rows of a hidden section become candidates.
  it('list-page: the rows of a hidden <tbody> after the list’s body are no candidates', async () => {
    const { before, after } = await captureWith('list-page', (doc) => {
      const cells = ['HC20190307', '03/07/2019 8:09 AM', '$12,345.67', 'Cash', 'Voided', ''].map((t) =>
        el(doc, 'td', {}, t),
      );
      doc.querySelector('table')!.append(el(doc, 'tbody', { hidden: '' }, el(doc, 'tr', {}, ...cells)));
    });
    expect(after).toEqual(before);
  });
});
