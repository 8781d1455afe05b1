/**
 * Where a screenshot must be blacked out: the rectangles, in the tab's viewport (CSS pixels), of every card,
 * ID and security-code number on the page, of every form field that holds or asks for one, of the values
 * beside their labels, and of every frame whose content cannot be read. The panel paints over them on the
 * captured bitmap before anything is stored (lib/screenshot/mask-image.ts); nothing is added to the page.
 *
 * The text is the page's text as a person reads it (lib/content/reading-text.ts), checked by the one scanner
 * (lib/sensitive/scan-sensitive.ts), so a number split over <span>s, glued to Chinese text, in full-width
 * digits or grouped by no-break spaces is seen whole. Only characters are covered, never a whole block, except
 * for fields, values beside labels and frames.
 */
import { frameDocument } from '../dom/roots';
import { isSensitiveControl } from '../extract/read-control';
import type { SensitiveRects } from '../schema/messages';
import { scanSensitive } from '../sensitive/scan-sensitive';
import {
  ID_LABELS,
  LABEL_SYNONYMS,
  SECONDARY_LABELS,
  SENSITIVE_LABELS,
  labelMeaning,
  normaliseLabel,
} from '../vocabulary';
import { MAX_NODES, readDocument, type Reading } from './reading-text';

/** Why something is covered. */
export type CoverReason =
  'card' | 'id' | 'csc' | 'masked_number' | 'after_label' | 'beside_label' | 'control' | 'frame';

/** What is covered: characters of one text node, or an element's whole box. */
export type CoverTarget =
  | { kind: 'text'; node: Text; start: number; end: number; reason: CoverReason }
  | { kind: 'element'; el: Element; reason: CoverReason };

/** A rectangle in viewport CSS pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Pixels added on every side of a covered rectangle. */
export const PAD = 2;
/** More rectangles than this and the page is refused (no screenshot). */
export const MAX_RECTS = 10_000;
const MAX_FRAME_DEPTH = 8;

// --- what text holds --------------------------------------------------------------------------------------

const DIGIT = /\p{Nd}/u;
const zeroOf = new Map<number, number>();

/** One UTF-16 unit folded for matching: any decimal digit as ASCII, full-width and compatibility forms by NFKC. */
function foldUnit(c: string): string {
  const cp = c.charCodeAt(0);
  if (cp < 0x80) return c;
  if (DIGIT.test(c)) {
    let zero = zeroOf.get(cp);
    if (zero === undefined) {
      zero = cp;
      while (zero > 0 && DIGIT.test(String.fromCharCode(zero - 1))) zero--;
      zeroOf.set(cp, zero);
    }
    return String((cp - zero) % 10);
  }
  const n = c.normalize('NFKC');
  return n.length === 1 ? n : c;
}

/** The text folded unit by unit: same length, so offsets carry over. */
function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldUnit(text[i]!);
  return out;
}

/** A number printed with some digits masked ("622202******1234", "6228 48** **** 1234", "110101********109X"). */
const MASKED_RUN = /(?<![0-9A-Za-z])[0-9][0-9*•●xX#]*(?:[ \-./·]{1,2}[0-9*•●xX#]+)*/g;
const MASKED_SHAPE = /^[0-9]{4,8}[*•●xX#]{3,}[0-9xX]{2,5}$/;

function maskedNumbers(folded: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of folded.matchAll(MASKED_RUN)) {
    const compact = m[0].replace(/[ \-./·]/g, '');
    if (compact.length < 12 || compact.length > 19 || !MASKED_SHAPE.test(compact)) continue;
    if ([...compact].filter((c) => '*•●#'.includes(c)).length < 3 && !/[0-9][xX]{3,}/.test(compact)) continue;
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** Labels whose value is sensitive: card-security data, passwords, ID numbers, card numbers. */
const VALUE_LABELS = [
  ...SENSITIVE_LABELS,
  ...ID_LABELS,
  ...(LABEL_SYNONYMS.cardMasked ?? []),
  ...(SECONDARY_LABELS.cardMasked ?? []),
  '校验码',
  '卡校验码',
  'CVV2码',
  '安全代码',
  'Card Security Code',
  'Security No.',
  'ID Card Number',
];
const AFTER_LABEL = new RegExp(
  `(?:${[...new Set(VALUE_LABELS.map(normaliseLabel).filter((w) => w.length >= 2))]
    .sort((a, b) => b.length - a.length)
    .map((w) => (/^[\x20-\x7e]+$/.test(w) ? `(?<![a-z0-9])${escape(w).replace(/ /g, '\\s?')}(?![a-z])` : escape(w)))
    .join('|')})\\.?\\s?(?:([:=])|\\s(?:is|为|是)\\s|为|是)?\\s?` +
    `([0-9A-Za-z*•●#]+(?:[ \\-./]{1,2}[0-9*•●#xX][0-9A-Za-z*•●#]*)*)`,
  'giu',
);

/** Values written right after a sensitive label ("PIN: 1234", "卡号：6222…"); the value's offsets. */
function valuesAfterLabels(folded: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of folded.matchAll(AFTER_LABEL)) {
    const value = m[2] ?? '';
    if (value.length === 0 || value.length > 48) continue;
    if (!m[1] && !/[0-9]/.test(value)) continue;
    const end = m.index + m[0].length;
    out.push([end - value.length, end]);
  }
  return out;
}

/** The settings' other ID patterns for the measure under way (one page, one measure at a time). */
let idPatterns: readonly string[] = [];

/** Offsets (in `text`) of everything in it to cover, with why. */
export function sensitiveSpans(
  text: string,
  ids: readonly string[] = idPatterns,
): { start: number; end: number; reason: CoverReason }[] {
  const spans: { start: number; end: number; reason: CoverReason }[] = [];
  for (const f of scanSensitive(text, { every: true, ids })) spans.push({ start: f.start, end: f.end, reason: f.kind });
  if (text.trim() === '') return spans;
  const folded = fold(text);
  for (const [start, end] of maskedNumbers(folded)) spans.push({ start, end, reason: 'masked_number' });
  for (const [start, end] of valuesAfterLabels(folded)) spans.push({ start, end, reason: 'after_label' });
  return spans;
}

/** Whether a text (a field's value) holds anything to cover. */
export function textHoldsSensitive(text: string): boolean {
  return sensitiveSpans(text).length > 0;
}

/** Whether a label names sensitive data (CVV, PIN, password, ID number) or a card number. */
export function labelIsSensitive(text: string): boolean {
  const meaning = labelMeaning(text.trim());
  return (
    meaning !== null &&
    (meaning.kind === 'sensitive' ||
      meaning.kind === 'id' ||
      (meaning.kind === 'field' && meaning.keys.includes('cardMasked')))
  );
}

// --- which elements ---------------------------------------------------------------------------------------

/** Field names, ids, placeholders and autocomplete tokens that ask for sensitive data. */
const CONTROL_WORDS =
  /cvv|cvc|cvn|(?:^|[^a-z])csc(?:[^a-z]|$)|security.?code|card.?verif|安全码|校验码|验证码|(?:^|[^a-z])pin(?:[^a-z]|$)|passw|pwd|passcode|密码|card.?(?:no|num)|cc-?num|(?:^|[^a-z])pan(?:[^a-z]|$)|卡号|(?:^|[^a-z])track|磁道|id.?card|(?:^|[^a-z])id.?(?:no|num)|cert.?(?:no|num)|身份证|证件号|passport/i;

const NO_VALUE_SHOWN = new Set(['hidden', 'checkbox', 'radio', 'file', 'range', 'color', 'image']);

function textOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** What a field is called: its labels, name, id, placeholder, title, aria label(s) and autocomplete. */
/** `label[for]` elements by the id they name, per document or shadow root: read once per measure. */
export type LabelIndex = Map<Node, Map<string, Element[]>>;

function labelsFor(el: Element, index: LabelIndex): Element[] {
  const id = el.getAttribute('id');
  if (!id) return [];
  const root = el.getRootNode() as Document | ShadowRoot;
  let byId = index.get(root);
  if (!byId) {
    byId = new Map();
    for (const label of root.querySelectorAll?.('label[for]') ?? []) {
      const target = label.getAttribute('for') ?? '';
      byId.set(target, [...(byId.get(target) ?? []), label]);
    }
    index.set(root, byId);
  }
  return byId.get(id) ?? [];
}

function controlNames(el: Element, index: LabelIndex): string[] {
  const names = ['name', 'id', 'placeholder', 'title', 'aria-label', 'autocomplete', 'data-name', 'data-field'].map(
    (a) => el.getAttribute(a) ?? '',
  );
  // Not `el.labels`: Chromium builds it by scanning the document, once per field.
  for (const label of labelsFor(el, index)) names.push(textOf(label));
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const root = el.getRootNode() as Document | ShadowRoot;
    for (const id of labelledBy.split(/\s+/)) if (id) names.push(textOf(root.getElementById?.(id)));
  }
  const wrap = el.closest('label');
  if (wrap) names.push(textOf(wrap));
  return names.filter((n) => n !== '');
}

/** The text a field shows: its value, or a select's chosen option. */
function controlValue(el: Element): string {
  if (el.localName === 'select') {
    const select = el as HTMLSelectElement;
    const option = select.selectedOptions?.[0] ?? select.options?.[select.selectedIndex];
    return option?.text ?? select.value ?? '';
  }
  return (el as HTMLInputElement).value ?? '';
}

/** Whether a form field holds a sensitive number or asks for card, security-code, PIN, password or ID data. */
export function controlIsSensitive(el: Element, index: LabelIndex = new Map()): boolean {
  const type = (el.getAttribute('type') ?? 'text').toLowerCase();
  if (el.localName === 'input' && type === 'hidden') return false;
  if (isSensitiveControl(el)) return true;
  if (!(el.localName === 'input' && NO_VALUE_SHOWN.has(type))) {
    const value = controlValue(el);
    if (value.trim() !== '' && textHoldsSensitive(value)) return true;
  }
  return controlNames(el, index).some((n) => n.length <= 80 && (CONTROL_WORDS.test(n) || labelIsSensitive(n)));
}

/** The element holding the value beside a label element: its next sibling, or that of a wrapper holding only the label. */
function valueBeside(label: Element): Element | null {
  // A label wrapping its field: the field is the value, and is judged as a field.
  if (label.querySelector('input, textarea, select')) return null;
  const text = textOf(label);
  let el: Element | null = label;
  for (let i = 0; el && i < 4; i++) {
    if (el.nextElementSibling) return el.nextElementSibling;
    const parent: Element | null = el.parentElement;
    if (!parent || textOf(parent) !== text) return null;
    el = parent;
  }
  return null;
}

function isFrameLike(el: Element): boolean {
  return el.localName === 'iframe' || el.localName === 'frame';
}

/** A same-origin frame's document that can be read now; null for cross-origin, sandboxed or still loading frames. */
function readableFrame(el: Element): Document | null {
  if (!isFrameLike(el)) return null;
  const doc = frameDocument(el);
  if (!doc) return null;
  const src = el.getAttribute('src');
  // Still showing the initial blank page while its real one loads: what arrives later was never read.
  if (doc.URL === 'about:blank' && src && src.trim() !== '' && !/^about:blank/i.test(src.trim())) return null;
  return doc;
}

/** Maps a frame's viewport coordinates to the top viewport's, and the part of the top viewport it shows in. */
interface Transform {
  dx: number;
  dy: number;
  sx: number;
  sy: number;
  clip: Box;
}

interface Found {
  target: CoverTarget;
  transform: Transform;
}

function textTargets(
  reading: Reading,
  spans: { start: number; end: number; reason: CoverReason }[],
  push: (t: CoverTarget) => void,
): void {
  for (const span of spans) {
    let node: Text | null = null;
    let first = 0;
    let last = 0;
    const flush = () => {
      if (!node) return;
      // Never end inside a surrogate pair.
      const code = node.data.charCodeAt(last);
      const end = code >= 0xd800 && code <= 0xdbff ? last + 2 : last + 1;
      push({ kind: 'text', node, start: first, end: Math.min(end, node.data.length), reason: span.reason });
      node = null;
    };
    for (let i = span.start; i < span.end && i < reading.text.length; i++) {
      const n = reading.nodes[i];
      if (!n) continue;
      const offset = reading.offsets[i]!;
      if (n !== node) {
        flush();
        node = n;
        first = offset;
      }
      last = offset;
    }
    flush();
  }
}

function collect(doc: Document, transform: Transform, out: Found[], budget: { nodes: number }, depth: number): void {
  const parts = readDocument(doc, budget);
  const seen = new Set<string | Element>();
  const push = (target: CoverTarget) => {
    const key = target.kind === 'element' ? target.el : null;
    if (key) {
      if (seen.has(key)) return;
      seen.add(key);
    }
    out.push({ target, transform });
  };
  const textKeys = new Map<Text, Set<string>>();
  const pushText = (target: CoverTarget) => {
    if (target.kind !== 'text') return push(target);
    const keys = textKeys.get(target.node) ?? new Set<string>();
    textKeys.set(target.node, keys);
    const key = `${target.start}:${target.end}`;
    if (keys.has(key)) return;
    keys.add(key);
    push(target);
  };
  textTargets(parts.all, sensitiveSpans(parts.all.text), pushText);
  if (parts.shown.text !== parts.all.text) textTargets(parts.shown, sensitiveSpans(parts.shown.text), pushText);

  for (const label of parts.textParents) {
    const text = textOf(label);
    if (text.length === 0 || text.length > 60 || !labelIsSensitive(text)) continue;
    const value = valueBeside(label);
    if (value) push({ kind: 'element', el: value, reason: 'beside_label' });
  }
  const labels: LabelIndex = new Map();
  for (const control of parts.controls)
    if (controlIsSensitive(control, labels)) push({ kind: 'element', el: control, reason: 'control' });
  for (const frame of parts.frames) {
    const inner = depth < MAX_FRAME_DEPTH ? readableFrame(frame) : null;
    const inside = inner ? frameTransform(frame, inner, transform) : null;
    if (inner && inside) collect(inner, inside, out, budget, depth + 1);
    else push({ kind: 'element', el: frame, reason: 'frame' });
  }
}

/**
 * Everything on the page to cover, through open and closed shadow roots and same-origin frames. Throws when the
 * page cannot be checked in full (too large); the caller takes no screenshot then.
 */
export function sensitiveTargets(doc: Document): CoverTarget[] {
  const out: Found[] = [];
  collect(doc, topTransform(doc), out, { nodes: MAX_NODES }, 0);
  return out.map((f) => f.target);
}

// --- where ------------------------------------------------------------------------------------------------

function intersect(a: Box, b: Box): Box | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null;
}

function apply(t: Transform, r: Box): Box {
  return { x: t.dx + t.sx * r.x, y: t.dy + t.sy * r.y, width: t.sx * r.width, height: t.sy * r.height };
}

/** The top document's viewport, with a pinch zoom's offset and scale. */
function topTransform(doc: Document): Transform {
  const view = doc.defaultView;
  const width = view?.innerWidth ?? 0;
  const height = view?.innerHeight ?? 0;
  const vv = view?.visualViewport;
  const scale = vv && vv.scale > 0 ? vv.scale : 1;
  const ox = vv && scale !== 1 ? vv.offsetLeft : 0;
  const oy = vv && scale !== 1 ? vv.offsetTop : 0;
  return { dx: -ox * scale, dy: -oy * scale, sx: scale, sy: scale, clip: { x: 0, y: 0, width, height } };
}

/** Where a same-origin frame's viewport shows in the top viewport; null when that cannot be told. */
function frameTransform(frame: Element, inner: Document, outer: Transform): Transform | null {
  try {
    const view = frame.ownerDocument.defaultView;
    const style = view?.getComputedStyle(frame);
    const px = (v: string | undefined) => parseFloat(v ?? '') || 0;
    const r = frame.getBoundingClientRect();
    const left = px(style?.borderLeftWidth) + px(style?.paddingLeft);
    const top = px(style?.borderTopWidth) + px(style?.paddingTop);
    const width = r.width - left - px(style?.borderRightWidth) - px(style?.paddingRight);
    const height = r.height - top - px(style?.borderBottomWidth) - px(style?.paddingBottom);
    const innerView = inner.defaultView;
    const iw = innerView?.innerWidth ?? 0;
    const ih = innerView?.innerHeight ?? 0;
    const sx = iw > 0 && width > 0 ? width / iw : 1;
    const sy = ih > 0 && height > 0 ? height / ih : 1;
    const content = apply(outer, {
      x: r.left + left,
      y: r.top + top,
      width: Math.max(0, width),
      height: Math.max(0, height),
    });
    const clip = intersect(content, outer.clip) ?? { x: content.x, y: content.y, width: 0, height: 0 };
    if (![sx, sy, content.x, content.y].every(Number.isFinite)) return null;
    return { dx: content.x, dy: content.y, sx: outer.sx * sx, sy: outer.sy * sy, clip };
  } catch {
    // A frame whose geometry cannot be read is masked whole by the caller: no rectangle is the safe answer.
    return null;
  }
}

function ownRects(target: CoverTarget): Box[] {
  if (target.kind === 'text') {
    const range = target.node.ownerDocument.createRange();
    range.setStart(target.node, target.start);
    range.setEnd(target.node, target.end);
    return [...range.getClientRects()];
  }
  const rects = [...target.el.getClientRects()];
  return rects.length > 0 || target.reason !== 'frame' ? rects : [target.el.getBoundingClientRect()];
}

/**
 * The rectangles to cover on the tab as it is shown now, in top-viewport CSS pixels: each padded by PAD and cut
 * to the viewport; those outside it left out. Throws when the page cannot be checked in full.
 */
export function sensitiveRects(doc: Document, patterns: readonly string[] = []): SensitiveRects {
  idPatterns = patterns;
  const top = topTransform(doc);
  const viewport = top.clip;
  const found: Found[] = [];
  collect(doc, top, found, { nodes: MAX_NODES }, 0);
  const rects: Box[] = [];
  const seen = new Set<string>();
  for (const { target, transform } of found) {
    for (const own of ownRects(target)) {
      if (!(own.width > 0 && own.height > 0)) continue;
      const placed = intersect(apply(transform, own), transform.clip);
      if (!placed) continue;
      const x = Math.floor(placed.x - PAD);
      const y = Math.floor(placed.y - PAD);
      const padded = intersect(
        {
          x,
          y,
          width: Math.ceil(placed.x + placed.width + PAD) - x,
          height: Math.ceil(placed.y + placed.height + PAD) - y,
        },
        viewport,
      );
      if (!padded) continue;
      const key = `${padded.x},${padded.y},${padded.width},${padded.height}`;
      if (seen.has(key)) continue;
      seen.add(key);
      rects.push(padded);
      if (rects.length > MAX_RECTS) throw new Error(`more than ${MAX_RECTS} areas to cover`);
    }
  }
  return { width: viewport.width, height: viewport.height, dpr: doc.defaultView?.devicePixelRatio ?? 1, rects };
}
