import { structuralLocator } from '../dom/locator';
import type { FieldOutcome, FillConflict, FillKey, FillPart, FillRequest } from '../schema/fill';
import { FILL_KEYS } from '../schema/fill-keys';
import { collectFields } from './collect-fields';
import { clip, hasHan } from '../format/text';
import { candidatesFor, pinned, preferMainForm, settleParts, type Candidate } from './fill-candidates';
import type { Field, FillPlan, PlannedField, PlannedValue } from './fill-types';
import { formatAmount, formatWallClock, parseAmount } from './format-value';
import { currencyWords, literalWords, reasonWords, requestTypeWords } from './match-option';
import { readField } from './read-field';

const EPSILON = 1e-9;
/** Keys most forms have no field for (the amount field implies the currency): a form without one is not a gap. */
const OPTIONAL_KEYS: ReadonlySet<FillKey> = new Set(['currency']);

/** The keys a request asks to fill, in report order. */
function wantedKeys(request: FillRequest): FillKey[] {
  const v = request.values as Record<string, unknown>;
  // The page writes the payment time from the panel's wall-clock reading of it, never from the instant.
  const given = (k: string) => v[k] !== undefined && v[k] !== '';
  return FILL_KEYS.filter((k) =>
    k === 'files' ? (request.files?.length ?? 0) > 0 : k === 'paidAt' ? given('paidAtWall') : given(k),
  );
}

const partOf = (c: Candidate): FillPart | undefined =>
  c.part === 'date' ? 'date' : c.part === 'time' ? 'time' : undefined;

/** The value a candidate field gets, in the field's own format (amount decimals, date template, option words). */
function valueFor(c: Candidate, request: FillRequest): PlannedValue {
  const v = request.values;
  const zh = hasHan(c.field.label);
  const choice = c.field.kind !== 'text' && c.field.kind !== 'editable';
  const asChoice = (words: ReturnType<typeof literalWords>): PlannedValue =>
    choice
      ? { kind: 'choice', key: c.key, words }
      : { kind: 'text', text: words.typed, compare: (cur) => cur.trim() === words.typed };
  switch (c.key) {
    case 'files':
      return { kind: 'files', files: request.files ?? [] };
    case 'amountMinor': {
      const minor = v.amountMinor ?? 0;
      const text = formatAmount(minor, v.currency, c.field, c.minorUnits);
      return { kind: 'text', text, compare: (cur) => parseAmount(cur, v.currency, c.minorUnits) === minor };
    }
    case 'paidAt': {
      const template = c.template ?? 'YYYY-MM-DD HH:mm:ss';
      const text = formatWallClock(v.paidAtWall ?? '', template);
      // The same figures in the same order: a picker may show "2026/11/25" for "2026-11-25".
      const digits = (s: string) => (s.match(/\d+/g) ?? []).map(Number).join(' ');
      const full = formatWallClock(v.paidAtWall ?? '', 'YYYY-MM-DD HH:mm:ss');
      return { kind: 'text', text, date: { template, full }, compare: (cur) => digits(cur) === digits(text) };
    }
    case 'requestType':
      return asChoice(requestTypeWords(v.requestType ?? 'void', v, zh));
    case 'reason':
      return asChoice(reasonWords(v.reason ?? 'other', zh));
    case 'currency':
      return asChoice(currencyWords(v.currency ?? 'CNY'));
    default: {
      const text = String(v[c.key] ?? '');
      return choice
        ? { kind: 'choice', key: c.key, words: literalWords(text) }
        : { kind: 'text', text, compare: (cur) => cur.trim() === text.trim() };
    }
  }
}

const fold = (s: string) => s.normalize('NFKC').trim().toLowerCase();

/** The first planned order number or amount the form already shows with another value (zero counts as empty). */
function findConflict(planned: readonly PlannedField[]): FillConflict | undefined {
  for (const p of planned) {
    if ((p.key !== 'orderNo' && p.key !== 'amountMinor') || p.field.kind !== 'text' || p.value.kind !== 'text')
      continue;
    const page = readField(p.field).trim();
    if (page === '' || p.value.compare(page)) continue;
    if (p.key === 'amountMinor' && /^[\s¥￥$0.,]*$/u.test(page)) continue;
    if (p.key === 'orderNo' && fold(page) === fold(p.value.text)) continue;
    return {
      key: p.key,
      label: clip(p.field.label, 200),
      pageValue: clip(page, 200),
      caseValue: p.value.text,
      locator: p.locator,
    };
  }
  return undefined;
}

/** Fields nothing named (no label, or one the vocabulary does not know): where a missing value may belong. */
function unnamedFields(fields: readonly Field[], named: ReadonlySet<Field>): string[] {
  const describe = (f: Field) => {
    const hint = f.label || f.el.getAttribute('placeholder') || f.el.getAttribute('name') || f.el.localName;
    return clip(`${hint} (${f.kind === 'text' ? f.inputType || 'text' : f.kind})`, 200);
  };
  return fields
    .filter((f) => !named.has(f) && f.kind !== 'file')
    .slice(0, 10)
    .map(describe);
}

/**
 * Plans a fill over the fields found in a document (with `exclude` fields left out): each wanted key goes
 * to its best-named field, a tie between two fields is a refusal, and a form that already shows another order
 * number or amount is a conflict.
 */
export function planIn(doc: Document, request: FillRequest, exclude: ReadonlySet<Element> = new Set()): FillPlan {
  const fields = collectFields(doc).filter((f) => !exclude.has(f.el));
  const wanted = new Set(wantedKeys(request));
  const candidates = settleParts(
    preferMainForm([...pinned(doc, request, fields, wanted), ...candidatesFor(fields, wanted)]),
  ).sort((a, b) => b.score - a.score);
  const taken = new Set<Field>();
  const doneSlots = new Set<string>();
  const chosen: Candidate[] = [];
  const unplanned: FieldOutcome[] = [];
  for (const c of candidates) {
    if (doneSlots.has(c.slot) || taken.has(c.field)) continue;
    const rivals = candidates.filter(
      (o) => o.slot === c.slot && o.field !== c.field && !taken.has(o.field) && Math.abs(o.score - c.score) < EPSILON,
    );
    doneSlots.add(c.slot);
    if (rivals.length > 0 && Number.isFinite(c.score)) {
      const label = [c, ...rivals].map((o) => o.field.label || '?').join(' / ');
      unplanned.push({ key: c.key, part: partOf(c), label: clip(label, 200), outcome: 'ambiguous' });
      continue;
    }
    taken.add(c.field);
    chosen.push(c);
  }
  const unnamed = unnamedFields(fields, new Set(candidates.map((c) => c.field)));
  for (const key of wanted) {
    if (OPTIONAL_KEYS.has(key)) continue;
    if (!chosen.some((c) => c.key === key) && !unplanned.some((u) => u.key === key))
      unplanned.push({ key, label: '', outcome: 'not_found', ...(unnamed.length ? { seen: unnamed } : {}) });
  }
  const order = new Map(fields.map((f, i) => [f, i]));
  chosen.sort((a, b) => (order.get(a.field) ?? 0) - (order.get(b.field) ?? 0));
  const planned = chosen.map((c): PlannedField => ({
    key: c.key,
    part: partOf(c),
    field: c.field,
    value: valueFor(c, request),
    locator: structuralLocator(c.field.el),
  }));
  unplanned.sort((a, b) => FILL_KEYS.indexOf(a.key) - FILL_KEYS.indexOf(b.key));
  return { doc, request, fields: planned, unplanned, conflict: findConflict(planned) };
}

/**
 * Finds the form's fields (document, same-origin frames, open shadow roots), names each from its label and
 * maps it to what the case supplies; refuses ties, never plans hidden, trap, password or button fields.
 */
export function planFill(doc: Document, request: FillRequest): FillPlan {
  return planIn(doc, request);
}
