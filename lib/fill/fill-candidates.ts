import type { FillKey, FillRequest } from '../schema/fill';
import { fieldOptions } from './collect-fields';
import { fillMeaning } from './fill-meaning';
import type { Field } from './fill-types';
import { REASON_WORDS, REQUEST_TYPE_WORDS } from './fill-vocabulary';
import { dateTemplate, labelPart, templatePart, type DatePart } from './format-value';
import { optionsIn } from './match-option';
import { deepQuery } from '../dom/roots';

const TYPED = new Set(['text', 'search', 'tel', 'url', '']);
const NUMERIC = new Set(['number', 'tel']);
const DATE_TYPES = new Set(['date', 'datetime-local', 'time', 'month']);
const INFERRED = 0.7;
const OTHER_FORM = 0.9;
const SEARCH_BOX = 0.8;

/** A field that could take a key, with how surely. */
export interface Candidate {
  key: FillKey;
  slot: string;
  field: Field;
  score: number;
  minorUnits: boolean;
  part?: DatePart;
  template?: string;
}

/** Whether a field of this kind can take this key's value. */
const RANGE_END = /^(?:开始|结束|起始|截止|终止)(?:日期|时间)?$|^(?:start|end|from|to)(?:\s+(?:date|time))?$/i;
const RANGE_WORDS = /范围|区间|起止|range|period|between/i;

/**
 * Whether an input is one end of a date range (a range picker's start or end box): a request's own date is
 * one instant, never a range, so neither end ever takes it.
 */
function isRangeEnd(el: Element): boolean {
  const name = (e: Element) => `${e.getAttribute('placeholder') ?? ''}|${e.getAttribute('aria-label') ?? ''}`;
  if (
    el.hasAttribute('date-range') ||
    name(el)
      .split('|')
      .some((t) => RANGE_END.test(t.trim()) || RANGE_WORDS.test(t))
  )
    return true;
  let box = el.parentElement;
  for (let depth = 0; box && depth < 3; depth++, box = box.parentElement) {
    const inputs = box.querySelectorAll('input');
    if (inputs.length > 2) return false;
    if (inputs.length === 2)
      return [...inputs].some(
        (i) =>
          i.hasAttribute('date-range') ||
          name(i)
            .split('|')
            .some((t) => RANGE_END.test(t.trim())),
      );
  }
  return false;
}

function fits(key: FillKey, f: Field): boolean {
  if (key === 'files' || f.kind === 'file') return key === 'files' && f.kind === 'file';
  const type = f.inputType;
  const typed = f.kind === 'text' && (f.el.localName === 'textarea' || TYPED.has(type));
  switch (key) {
    case 'paidAt':
      return (
        f.kind === 'text' &&
        (TYPED.has(type) || DATE_TYPES.has(type)) &&
        !isRangeEnd(f.el) &&
        !f.sources.some((s) => RANGE_WORDS.test(s.text))
      );
    case 'amountMinor':
      return f.kind === 'text' && (TYPED.has(type) || type === 'number') && f.el.localName !== 'textarea';
    case 'contactEmail':
      return f.kind === 'text' && (TYPED.has(type) || type === 'email');
    case 'description':
      return typed || f.kind === 'editable';
    case 'requestType':
    case 'reason':
    case 'currency':
      return f.kind !== 'text' || typed;
    default:
      if (f.kind === 'text') return (TYPED.has(type) || NUMERIC.has(type)) && f.el.localName !== 'textarea';
      return f.kind !== 'checkbox';
  }
}

type Meaning = { keys: readonly FillKey[]; score: number; minorUnits: boolean; text: string } | 'refused' | null;

/** The first of a field's label sources that names something, as a person reads the label before the hints. */
function meaningOf(f: Field): Meaning {
  for (const s of f.sources) {
    const m = fillMeaning(s.text);
    if (m === null) continue;
    if (m.kind === 'refused') return 'refused';
    if (m.kind === 'other') return null;
    return { keys: m.keys, score: m.quality * s.weight, minorUnits: m.minorUnits, text: s.text };
  }
  return null;
}

/** Choice fields whose label says nothing useful but whose options are request types or reasons. */
function inferFromOptions(f: Field): FillKey | null {
  if (f.kind !== 'select' && f.kind !== 'radio' && f.kind !== 'checkbox') return null;
  const options = fieldOptions(f);
  if (optionsIn(options, REQUEST_TYPE_WORDS) >= 2) return 'requestType';
  if (optionsIn(options, REASON_WORDS) >= 3) return 'reason';
  return null;
}

function candidate(key: FillKey, f: Field, score: number, minorUnits: boolean, labelText: string): Candidate {
  const c: Candidate = { key, slot: key, field: f, score, minorUnits };
  if (key !== 'paidAt') return c;
  const asked = labelPart(labelText);
  c.template = dateTemplate(f, asked);
  const fromField = dateTemplate(f, 'date') === dateTemplate(f, 'time');
  // "交易时间" next to a "交易日期" field is the time of day; alone it is the date and time.
  if (!fromField && asked === 'time-or-datetime') return c;
  c.part = templatePart(c.template);
  return c;
}

/** Every (key, field) pair the fields' labels or options suggest, for the wanted keys. */
export function candidatesFor(fields: readonly Field[], wanted: ReadonlySet<FillKey>): Candidate[] {
  const out: Candidate[] = [];
  for (const f of fields) {
    const m = meaningOf(f);
    if (m === 'refused') continue;
    const inferred = m === null || !m.keys.some((k) => wanted.has(k)) ? inferFromOptions(f) : null;
    const keys = inferred ? [inferred] : (m?.keys ?? []);
    for (const key of keys) {
      if (!wanted.has(key) || !fits(key, f)) continue;
      out.push(
        candidate(
          key,
          f,
          inferred ? INFERRED : (m?.score ?? 0),
          !inferred && (m?.minorUnits ?? false),
          m?.text ?? f.label,
        ),
      );
    }
  }
  return out;
}

const SEARCH = /搜索|查询|search|filter|筛选/i;

/**
 * Lowers candidates outside the form most of the candidates sit in (a header search box also says
 * "订单号"), and search boxes further, so the cancellation form wins over look-alikes elsewhere on the page.
 */
export function preferMainForm(all: Candidate[]): Candidate[] {
  const formOf = (c: Candidate) => c.field.el.closest('form') ?? (c.field.el.getRootNode() as Node);
  const counts = new Map<Node, Set<Field>>();
  for (const c of all) counts.set(formOf(c), (counts.get(formOf(c)) ?? new Set()).add(c.field));
  const ranked = [...counts.entries()].sort((a, b) => b[1].size - a[1].size);
  const main =
    ranked.length > 1 && (ranked[0]?.[1].size ?? 0) > (ranked[1]?.[1].size ?? 0) ? ranked[0]?.[0] : undefined;
  for (const c of all) {
    if (!Number.isFinite(c.score)) continue;
    if (main && formOf(c) !== main) c.score *= OTHER_FORM;
    const el = c.field.el;
    const searchy =
      el.closest('[role=search]') ||
      c.field.inputType === 'search' ||
      SEARCH.test(
        `${el.getAttribute('name') ?? ''} ${el.getAttribute('placeholder') ?? ''} ${el.closest('form')?.getAttribute('class') ?? ''}`,
      );
    if (searchy) c.score *= SEARCH_BOX;
  }
  return all;
}

/** Gives every date/time candidate its slot once it is known whether the form has a separate date field. */
export function settleParts(all: Candidate[]): Candidate[] {
  const hasDate = all.some((c) => c.key === 'paidAt' && c.part === 'date');
  for (const c of all) {
    if (c.key !== 'paidAt') continue;
    if (c.part === undefined) {
      c.part = hasDate ? 'time' : 'datetime';
      if (hasDate) c.template = 'HH:mm:ss';
    }
    c.slot = `paidAt:${c.part}`;
  }
  return all;
}

/** Candidates a site profile pins by selector; they beat any label. */
export function pinned(
  doc: Document,
  request: FillRequest,
  fields: readonly Field[],
  wanted: ReadonlySet<FillKey>,
): Candidate[] {
  const out: Candidate[] = [];
  for (const pin of request.pins ?? []) {
    if (!wanted.has(pin.key)) continue;
    const el = deepQuery(doc, pin.selector);
    const field =
      el &&
      fields.find(
        (f) => f.el === el || f.box === el || f.members.includes(el) || f.box.contains(el) || el.contains(f.el),
      );
    if (!field || !fits(pin.key, field)) continue;
    const m = meaningOf(field);
    const minorUnits = m !== null && m !== 'refused' && m.minorUnits;
    out.push(candidate(pin.key, field, Number.POSITIVE_INFINITY, minorUnits, field.label));
  }
  return out;
}
