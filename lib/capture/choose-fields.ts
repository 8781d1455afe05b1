import type { CaptureProblem, FieldSource, Locator, RawPair } from '../schema/capture';
import type { OrderKey } from '../schema/order';
import type { Layout } from '../extract/collect-types';
import { parseField, type FieldContext, type OrderValue } from './parse-field';
import type { WallDate, WallTime } from './parse-time';
import { clean } from '../format/text';

/** One value a field could take, with where it came from and how sure we are. */
export interface Candidate {
  key: OrderKey;
  value: OrderValue;
  conf: number;
  text: string;
  label?: string;
  method: FieldSource['method'];
  /** Its place as a person reads the page (the page's ranking); none for a list row's cell. */
  rank?: number;
  locator?: Locator;
  currency?: string;
  masked?: boolean;
  order: number;
}

const LAYOUT: Record<Layout, number> = { table: 1, columns: 0.9, sibling: 0.95, inline: 0.9, input: 1 };
const METHOD: Record<Layout, FieldSource['method']> = {
  table: 'label',
  columns: 'label',
  sibling: 'label',
  inline: 'inline',
  input: 'input',
};
/** Below this a reading is noise, not a candidate. */
const FLOOR = 0.25;
/** A rival with a different value this close to the best makes the field ambiguous. */
const RIVAL = 0.9;
/** Values offered to the agent when the page shows several; more would be noise, not a choice. */
const MAX_CHOICES = 5;

type Piece<T> = { part: T; conf: number; text: string; label: string; pair: RawPair };

/**
 * "流水号" is the voucher number on some portals and the order number on others: when the page also shows an
 * order-number label it is the voucher, when it shows a voucher label it is the order, else its shape decides
 * (up to 6 digits: voucher).
 */
function sharedResolver(pairs: readonly RawPair[]): (keys: readonly OrderKey[], value: string) => readonly OrderKey[] {
  const shows = (key: OrderKey) =>
    pairs.some(
      (p) =>
        p.ctx >= 0.5 &&
        p.hit.meaning?.kind === 'field' &&
        p.hit.meaning.keys.length === 1 &&
        p.hit.meaning.keys[0] === key,
    );
  const order = shows('orderNo');
  const voucher = shows('voucherNo');
  return (keys, value) => {
    if (keys.length < 2) return keys;
    if (order !== voucher) return [order ? 'voucherNo' : 'orderNo'];
    return [/^\d{1,6}$/.test(clean(value)) ? 'voucherNo' : 'orderNo'];
  };
}

/** Chooses each field's value from every label/value pair on the page; `locked` fields are left alone. */
export function chooseFields(
  pairs: readonly RawPair[],
  ctx: FieldContext,
  locked: ReadonlySet<OrderKey>,
): { picked: Map<OrderKey, Candidate>; problems: CaptureProblem[] } {
  const shared = sharedResolver(pairs);
  const all: Candidate[] = [];
  const dates: Piece<WallDate>[] = [];
  const times: Piece<WallTime>[] = [];
  const failures = new Map<OrderKey, { conf: number; problem: CaptureProblem }>();
  const currencyPairs = pairs.filter((p) => p.hit.meaning?.kind === 'field' && p.hit.meaning.keys.includes('currency'));
  const named = currencyPairs.map((p) => parseField('currency', p.value, ctx)).find((r) => r.ok === true);
  const local = named?.ok === true ? { ...ctx, localCurrency: String(named.value) } : ctx;

  for (const p of pairs) {
    const meaning = p.hit.meaning;
    if (meaning?.kind !== 'field') continue;
    const base = meaning.quality * LAYOUT[p.layout] * p.weight * p.ctx;
    for (const named of shared(meaning.keys, p.value)) {
      const { key, r } = readAs(named, p.value, { ...local, ...(meaning.unit ? { unit: meaning.unit } : {}) });
      if (locked.has(key)) continue;
      const text = clean(p.value);
      if (r.ok === true) {
        const conf = base * r.shape;
        if (conf >= FLOOR) {
          all.push({
            key,
            value: r.value,
            conf,
            text,
            label: clean(p.label),
            method: METHOD[p.layout],
            ...at(p),
            order: p.order,
            ...(r.currency ? { currency: r.currency } : {}),
            // The page masked a full card number before sending it: the field was masked all the same.
            ...(r.masked || (p.masked && key === 'cardMasked') ? { masked: true } : {}),
          });
        }
      } else if (r.ok === 'date') dates.push({ part: r.date, conf: base, text, label: clean(p.label), pair: p });
      else if (r.ok === 'time') times.push({ part: r.time, conf: base, text, label: clean(p.label), pair: p });
      else if (base >= (r.code === 'ambiguous_date_order' ? FLOOR : 0.5) && (failures.get(key)?.conf ?? 0) < base) {
        failures.set(key, {
          conf: base,
          problem: { key, code: r.code, label: clean(p.label), detail: `${r.reason}: ${text}` },
        });
      }
    }
  }

  const date = best(dates);
  const time = best(times);
  if (date && time && !locked.has('paidAt') && !all.some((c) => c.key === 'paidAt')) {
    all.push({
      key: 'paidAt',
      value: ctx.clock.toInstant(date.part, time.part),
      conf: Math.min(date.conf, time.conf) * 0.9,
      text: `${date.text} ${time.text}`,
      label: date.label,
      method: 'label',
      ...at(date.pair),
      order: date.pair.order,
    });
  }

  const implied = locked.has('status') || failures.has('status') ? undefined : impliedStatus(all);
  if (implied) all.push(implied);

  const picked = new Map<OrderKey, Candidate>();
  const problems: CaptureProblem[] = [];
  const byKey = new Map<OrderKey, Candidate[]>();
  for (const c of all) byKey.set(c.key, [...(byKey.get(c.key) ?? []), c]);
  for (const [key, list] of byKey) {
    list.sort((a, b) => b.conf - a.conf || a.order - b.order);
    const top = list[0]!;
    const rivals = list.filter((c) => c.conf >= top.conf * RIVAL);
    const choices = rivals.filter((c, i) => rivals.findIndex((d) => sameValue(c, d)) === i).sort(readingOrder);
    // Two values a person could equally take for the order's own: never guess, show both and choose neither.
    if (choices.length > 1) {
      problems.push({
        key,
        code: 'ambiguous',
        label: top.label ?? choices.find((c) => c.label)?.label,
        detail: choices.map((c) => c.text).join(' / '),
        choices: choices.slice(0, MAX_CHOICES).map((c) => ({ text: c.text, value: c.value })),
      });
    } else picked.set(key, top);
  }
  for (const [key, f] of failures) if (!picked.has(key)) problems.push(f.problem);
  return { picked, problems };
}

/**
 * A settlement word shown as the status ("状态：已清算", "Status: Settled") says whether the order is settled,
 * not what its status is: it is read as the settled field.
 */
function readAs(key: OrderKey, value: string, ctx: FieldContext): { key: OrderKey; r: ReturnType<typeof parseField> } {
  const r = parseField(key, value, ctx);
  if (key !== 'status' || r.ok !== false) return { key, r };
  const settled = parseField('settled', value, ctx);
  return settled.ok === true ? { key: 'settled', r: settled } : { key, r };
}

/**
 * Only a payment that went through is settled or waits for settlement, so a settlement word implies the order
 * is paid, unless the page shows a status word of its own (or one the vocabulary does not know).
 */
function impliedStatus(all: readonly Candidate[]): Candidate | undefined {
  if (all.some((c) => c.key === 'status')) return undefined;
  const settled = [...all].filter((c) => c.key === 'settled').sort((a, b) => b.conf - a.conf)[0];
  return settled && { ...settled, key: 'status', value: 'paid', conf: settled.conf * 0.9, method: 'label' };
}

/** Where a pair's value sits, for its candidates. */
const at = (p: RawPair): Pick<Candidate, 'rank' | 'locator'> =>
  p.spot.locator ? { rank: p.spot.rank, locator: p.spot.locator } : { rank: p.spot.rank };

/** Page order, as a person reads the values; candidates without a place, or at the same one, keep walk order. */
function readingOrder(a: Candidate, b: Candidate): number {
  if (a.rank === undefined || b.rank === undefined || a.rank === b.rank) return a.order - b.order;
  return a.rank - b.rank;
}

function best<T>(list: Piece<T>[]): Piece<T> | undefined {
  return [...list].sort((a, b) => b.conf - a.conf || a.pair.order - b.pair.order)[0];
}

function sameValue(a: Candidate, b: Candidate): boolean {
  return a.value === b.value && (a.currency ?? '') === (b.currency ?? '');
}
