import { enumValue, labelMeaning, normaliseLabel, type EnumField } from '../vocabulary';
import type { Collected, LabelHit, Layout } from './collect-types';
import { hasLabelColon, inlinePairs, leadingValue } from './inline-pairs';
import { innerRoot } from '../dom/roots';
import { ascii } from '../format/text';
import { hasLayout, isVisible, ownHiding } from '../dom/visibility';
import { looksLikeCredential } from './credential';
import { readControl } from './read-control';
import { RowReader } from './row-reader';
import {
  BLOCK,
  CAP,
  CONTAINER,
  CONTROLS,
  DECOY,
  DECOY_CLASS,
  DECOY_HEADING,
  EMPTY,
  HEADING,
  ID_KEYS,
  MAX_DEPTH,
  MAX_ROOTS,
  ROWS,
  SKIP,
  TITLE_CLASS,
  type Info,
  type Row,
  type TableState,
} from './walk-rules';

const ENUM_FIELDS: readonly EnumField[] = ['status', 'paymentMethod', 'transactionType', 'settled'];

/**
 * One walk over a document, its same-origin iframes and open shadow roots, collecting every label/value pair
 * (tables, definition lists, component-library grids, "label: value" text, inputs) and every order list.
 * `custom` holds taught label texts (normalised → as taught) to find besides the vocabulary.
 */
export class Collector {
  readonly out: Collected = { pairs: [], lists: [], refused: [], ids: [], cards: [] };
  private order = 0;
  private roots = 0;
  private readonly hits = new Map<string, LabelHit | null>();
  private readonly tables: TableState[] = [];
  private layout: boolean | undefined;

  constructor(private readonly custom: ReadonlyMap<string, string> = new Map()) {}

  /** What a short text means as a label, cached per text. */
  hit(text: string): LabelHit | null {
    if (text.length > 120) return null;
    let h = this.hits.get(text);
    if (h === undefined) {
      const meaning = labelMeaning(text);
      const custom = this.custom.size > 0 ? this.custom.get(normaliseLabel(text)) : undefined;
      h = meaning || custom !== undefined ? { meaning, ...(custom === undefined ? {} : { custom }) } : null;
      this.hits.set(text, h);
    }
    return h;
  }

  /**
   * Whether a text can be this label's value although it reads as a label too: "Refunded" names the refunded
   * amount, and is also a status word.
   */
  private wordFor(hit: LabelHit, text: string | null): boolean {
    const keys = hit.meaning?.kind === 'field' ? hit.meaning.keys : [];
    return (
      text !== null &&
      keys.some((k) => (ENUM_FIELDS as readonly string[]).includes(k) && enumValue(k as EnumField, text) !== undefined)
    );
  }

  /** Whether a text reads as a label on its own (an exact synonym), so it cannot be another label's value. */
  private isLabel(text: string | null): boolean {
    const h = text === null ? null : this.hit(text);
    return (
      !!h &&
      (h.custom !== undefined || (h.meaning !== null && (h.meaning.kind !== 'field' || h.meaning.quality >= 0.85)))
    );
  }

  /** Walks a document or shadow root (and every root inside it). */
  walkRoot(root: Document | ShadowRoot, ctx = 1, textHidden = false): Info {
    if (++this.roots > MAX_ROOTS) return EMPTY;
    this.layout ??= hasLayout(root.nodeType === 9 ? (root as Document) : (root as ShadowRoot).host.ownerDocument);
    if (root.nodeType === 9) {
      const top = (root as Document).documentElement;
      return top ? this.walkElement(top, ctx, 0, 1) : EMPTY;
    }
    return this.walkChildren(root, (root as ShadowRoot).host, '', ctx, 0, 1, textHidden);
  }

  private walkElement(el: Element, ctx: number, depth: number, index: number): Info {
    const tag = el.localName;
    if (SKIP.has(tag) || depth > MAX_DEPTH) return { ...EMPTY, index };
    // Only what a person sees now: a hidden copy of an order must never become the order.
    const hiding = ownHiding(el, this.layout === true);
    if (hiding === 'all') return { ...EMPTY, index };
    if (CONTROLS.has(tag)) return this.control(el, ctx, index);
    if (tag === 'iframe' || tag === 'frame') {
      const inner = innerRoot(el);
      if (inner) this.walkRoot(inner, ctx);
      return { ...EMPTY, index };
    }
    if (tag === 'nav' || tag === 'footer') ctx *= 0.3;
    else if (CONTAINER.has(tag)) {
      const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
      if (names.length > 1 && DECOY_CLASS.test(names)) ctx *= DECOY;
    }
    if (tag === 'table') this.tables.push({ rows: 0, list: null, header: [], first: null, firstIndex: 0 });
    const info = this.walkChildren(el, el, tag, ctx, depth, index, hiding === 'text');
    if (tag === 'table') this.tables.pop();
    const shadow = el.shadowRoot;
    if (shadow) {
      // A shadow root's bare text shows as its host's own text does.
      const inner = this.walkRoot(shadow, ctx, hiding === 'text');
      if (!info.text) info.text = inner.text;
      info.control ??= inner.control;
    }
    if (
      HEADING.has(tag) ||
      ((tag === 'div' || tag === 'span' || tag === 'strong') && TITLE_CLASS.test(el.getAttribute('class') ?? ''))
    )
      info.heading = true;
    if (tag === 'label' && !info.control && info.text) this.labelFor(el, info.text, ctx);
    if (tag === 'th') info.th = true;
    return info;
  }

  private control(el: Element, ctx: number, index: number): Info {
    const named = el.getAttribute('aria-label');
    const hit = named ? this.hit(named) : null;
    if (named && hit) this.value(named, hit, { ...EMPTY, el, control: el, ctx }, el, 'input');
    return { el, text: '', control: el, ctx, index, block: false };
  }

  private walkChildren(
    node: ParentNode,
    el: Element | null,
    tag: string,
    ctx: number,
    depth: number,
    index: number,
    textHidden = false,
  ): Info {
    const isRow = tag === 'tr';
    const table = ROWS.has(tag) ? this.tables.at(-1) : undefined;
    const kids: Info[] = [];
    let text = '';
    let over = false;
    let control: Element | null = null;
    let childCtx = ctx;
    let n = 0;
    let gap = false;
    for (let ch = node.firstChild; ch; ch = ch.nextSibling) {
      let info: Info;
      if (ch.nodeType === 3) {
        if (textHidden) continue;
        const data = (ch as Text).data;
        if (!/\S/.test(data)) {
          gap = true;
          continue;
        }
        info = { el: null, text: data, control: null, ctx: childCtx, index: 0, block: false };
        if (el && data.length < 2000 && hasLabelColon(data)) info.dangling = this.inline(data, el, childCtx);
      } else if (ch.nodeType === 1) {
        n++;
        if (table?.first) break;
        if (table?.list && tag !== 'thead' && (ch as Element).localName === 'tr') {
          table.first = ch as Element;
          table.firstIndex = n;
          break;
        }
        info = this.walkElement(ch as Element, childCtx, depth + 1, n);
        if (table && info.cells && table.rows++ === 0) this.header(table, info, tag === 'thead');
        if (info.heading && info.text !== null) childCtx = DECOY_HEADING.test(info.text) ? ctx * DECOY : ctx;
        if (info.text === '' && !info.control && !(isRow && info.el)) continue;
      } else continue;
      if (!over) {
        if (info.text === null || text.length + info.text.length > CAP) over = true;
        else text += (gap || info.block) && text ? ` ${info.text}` : info.text;
      }
      gap = info.block;
      control ??= info.control;
      kids.push(info);
    }
    const info: Info = { el, text: over ? null : text, control, ctx, index, block: BLOCK.has(tag) };
    if (isRow) info.cells = kids.filter((k) => k.el?.localName === 'td' || k.el?.localName === 'th');
    else if (table) {
      info.rows = kids.flatMap((k) =>
        k.cells && k.el
          ? [{ el: k.el, index: k.index, cells: k.cells, head: tag === 'thead' }]
          : tag === 'table' && k.rows
            ? k.rows
            : [],
      );
      if (tag === 'table') this.table(table, info.rows, kids.find((k) => k.heading)?.text ?? '');
    } else if (kids.length > 1 && el) this.siblings(kids, el);
    if (kids.length === 1 && kids[0]?.heading) info.heading = true;
    return info;
  }

  /** A first row of headers naming two or more fields, one of them an order identifier, heads an order list. */
  private header(table: TableState, row: Info, inHead: boolean): void {
    const cells = row.cells ?? [];
    if (cells.length < 2 || !(inHead || cells.every((c) => c.th))) return;
    const columns = cells.map((c) => ({ label: c.text ?? '', hit: c.text === null ? null : this.hit(c.text) }));
    const fields = columns.filter((c) => c.hit?.meaning?.kind === 'field');
    const ids = fields.some((c) => c.hit?.meaning?.kind === 'field' && c.hit.meaning.keys.some((k) => ID_KEYS.has(k)));
    table.header = cells;
    if (fields.length >= 2 && ids) table.list = columns;
  }

  private inline(data: string, el: Element, ctx: number): Info['dangling'] {
    let dangling: Info['dangling'];
    const pairs = inlinePairs(data, this.custom);
    // "同一持卡人上一笔订单：…，交易金额：…": the words before the first label say whose values follow.
    const lead = pairs[0] ? ascii(data).slice(0, ascii(data).indexOf(pairs[0].label)) : '';
    if (DECOY_HEADING.test(lead)) ctx *= DECOY;
    for (const p of pairs) {
      const hit = this.hit(p.label);
      if (!hit) continue;
      if (p.value === '') dangling = { label: p.label, hit };
      else this.pair(p.label, hit, p.value, null, el, 'inline', ctx);
    }
    return dangling;
  }

  /** Label/value siblings: dt/dd, antd and Element Plus items, Bootstrap columns, <b>Label:</b> value. */
  private siblings(kids: Info[], parent: Element): void {
    for (let i = 0; i < kids.length - 1; i++) {
      const k = kids[i]!;
      if (k.control || k.text === null) continue;
      const label = k.dangling?.label ?? k.text;
      const hit = k.dangling?.hit ?? this.hit(label);
      if (!hit) continue;
      let j = i + 1;
      let v = kids[j];
      if (v && !v.el && /^[\s:：]*$/.test(v.text ?? '')) v = kids[++j];
      if (!v || (!v.control && (v.dangling || (this.isLabel(v.text) && !this.wordFor(hit, v.text))))) continue;
      this.value(label, hit, v, parent, 'sibling');
      i = j;
    }
  }

  /** A <label for=…> naming a control elsewhere in its root. */
  private labelFor(el: Element, text: string, ctx: number): void {
    const id = el.getAttribute('for');
    const root = el.getRootNode() as Document | ShadowRoot;
    const control = id && 'getElementById' in root ? root.getElementById(id) : null;
    const hit = control && CONTROLS.has(control.localName) && isVisible(control) ? this.hit(text) : null;
    if (control && hit) this.value(text, hit, { ...EMPTY, el: control, control, ctx }, control, 'input');
  }

  private table(state: TableState, rows: Row[], caption: string): void {
    const factor = DECOY_HEADING.test(caption) ? DECOY : 1;
    if (state.list && state.first) {
      const reader = new RowReader(state.first, state.firstIndex);
      const sample = reader.rows(3);
      const ctx = state.header[0]?.ctx ?? 1;
      if (!sample.some((r) => r.cells.length >= 2 && r.cells.every((c) => c?.el.localName === 'th'))) {
        if (sample.length >= 2) {
          state.list.forEach((c, i) => {
            if (
              c.hit?.meaning?.kind === 'sensitive' &&
              sample.some((r) => looksLikeCredential(c.label, r.cells[i]?.text ?? ''))
            )
              this.out.refused.push(c.label);
          });
          this.out.lists.push({ columns: state.list, rows: reader });
        } else if (sample[0])
          this.columns(
            state.header,
            sample[0].cells.map((c) => (c ? { ...EMPTY, el: c.el, text: c.text, ctx } : EMPTY)),
            factor,
          );
        return;
      }
      // Label rows further down: vertical descriptions, not a list. Its rows were skipped, so walk them now.
      const more = reader.rows(Infinity).map((r) => ({
        el: r.el,
        index: r.index,
        cells: this.walkElement(r.el, ctx, 0, r.index).cells ?? [],
        head: false,
      }));
      return this.table({ ...state, list: null, first: null }, [...rows, ...more], caption);
    }
    const body = rows.filter((r) => !r.head && r.cells !== state.header);
    const named = state.header.some((c) => c.text !== null && this.hit(c.text)?.meaning?.kind === 'field');
    if (named && body.length === 1) return this.columns(state.header, body[0]!.cells, factor);
    for (let r = 0; r < rows.length; r++) {
      const cells = rows[r]!.cells;
      const next = rows[r + 1]?.cells;
      const hits = cells.map((c) => (c.control || c.text === null ? null : this.hit(c.text)));
      const labelRow = cells.length >= 2 && hits.some(Boolean) && cells.every((c, i) => hits[i] || c.th || !c.text);
      if (
        labelRow &&
        next?.length === cells.length &&
        !next.some((c) => c.th || (!c.control && this.isLabel(c.text)))
      ) {
        this.columns(cells, next, factor);
        r++;
        continue;
      }
      for (let i = 0; i < cells.length - 1; i++) {
        const h = hits[i];
        const v = cells[i + 1]!;
        if (!h || (!v.control && this.isLabel(v.text) && !this.wordFor(h, v.text)) || !v.el) continue;
        this.value(cells[i]!.text ?? '', h, v, v.el, 'table', v.ctx * factor);
        i++;
      }
    }
  }

  /** A row of labels over a row of values (vertical descriptions, or a one-row table). */
  private columns(labels: Info[], values: Info[], factor: number): void {
    labels.forEach((l, i) => {
      const v = values[i];
      const hit = l.text === null || l.control ? null : this.hit(l.text);
      if (hit && v?.el) this.value(l.text ?? '', hit, v, v.el, 'columns', v.ctx * factor);
    });
  }

  private value(label: string, hit: LabelHit, v: Info, fallback: Element, layout: Layout, ctx = v.ctx): void {
    if (v.control) {
      const c = readControl(v.control);
      // Whatever a card-security or password box holds is a credential: refused by its label, never read.
      if (c === 'sensitive' || hit.meaning?.kind === 'sensitive') {
        if ((v.control as HTMLInputElement).value) this.out.refused.push(label);
        return;
      }
      if (c) this.pair(label, hit, c.value, v.control, v.control, 'input', ctx, c.readOnly ? 1 : 0.75);
      return;
    }
    if (v.text === null) return;
    this.pair(label, hit, v.el ? v.text : leadingValue(v.text, this.custom), v.el, fallback, layout, ctx);
  }

  private pair(
    label: string,
    hit: LabelHit,
    value: string,
    el: Element | null,
    fallback: Element,
    layout: Layout,
    ctx: number,
    weight = 1,
  ): void {
    const meaning = hit.meaning;
    if (meaning?.kind === 'sensitive') {
      if (looksLikeCredential(label, value)) this.out.refused.push(label);
      return;
    }
    if (meaning?.kind === 'id') this.out.ids.push({ label, value });
    if (meaning?.kind === 'field' && meaning.keys.includes('cardMasked')) this.out.cards.push(value);
    if (value.trim() === '') return;
    this.out.pairs.push({ label, hit, value, el: el ?? fallback, layout, weight, ctx, order: this.order++ });
  }
}
