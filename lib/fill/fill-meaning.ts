import type { FillKey } from '../schema/fill';
import { ORDER_FILL_KEYS } from '../schema/fill-keys';
import { labelMeaning, normaliseLabel } from '../vocabulary/label-meaning';
import { FILL_LABELS, MINOR_UNIT_WORDS, NOT_THE_REQUEST_WORDS } from './fill-vocabulary';

/**
 * What a form label asks for: fill keys with a confidence, card data or ID numbers that are never filled, or
 * an order field the form filler does not write (merchant name, transaction type).
 */
export type FillMeaning =
  | { kind: 'keys'; keys: readonly FillKey[]; quality: number; minorUnits: boolean }
  | { kind: 'refused' }
  | { kind: 'other' };

const FILLABLE_ORDER_KEYS: ReadonlySet<string> = new Set<FillKey>(ORDER_FILL_KEYS);
const fillable = (keys: readonly string[]) => keys.filter((k) => FILLABLE_ORDER_KEYS.has(k)) as FillKey[];
const EXACT = 1;
const CONTAINED = 0.6;
const SHARED = 0.8;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const alternation = (words: Iterable<string>) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => (/^[\x20-\x7e]+$/.test(w) ? `\\b${escape(w)}\\b` : escape(w)))
    .join('|');

const exact = new Map<string, FillKey>();
for (const [key, words] of Object.entries(FILL_LABELS) as [FillKey, readonly string[]][]) {
  for (const w of words) if (!exact.has(normaliseLabel(w))) exact.set(normaliseLabel(w), key);
}
const wordPatterns = [...exact.keys()]
  .filter((w) => w.length >= 2)
  .map((w) => ({ w, re: new RegExp(/^[\x20-\x7e]+$/.test(w) ? `\\b${escape(w)}\\b` : escape(w), 'gu') }));

/** The fill word inside a longer label that a reader takes as its head: the one ending last, then the longest. */
function headWord(text: string): string | undefined {
  let best: { w: string; end: number } | undefined;
  for (const { w, re } of wordPatterns) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const end = m.index + w.length;
      if (!best || end > best.end || (end === best.end && w.length > best.w.length)) best = { w, end };
    }
  }
  return best?.w;
}
const notTheRequest = new RegExp(alternation(NOT_THE_REQUEST_WORDS.map(normaliseLabel)), 'u');
const minorUnit = new RegExp(alternation(MINOR_UNIT_WORDS), 'u');
const UNIT = /\s*(?:\(([^()]{1,12})\)|单位\s*[:：]?\s*(\S{1,4}))$/u;

function splitUnit(n: string): { base: string; unit: string } {
  const m = UNIT.exec(n);
  return m ? { base: n.slice(0, m.index).trim(), unit: (m[1] ?? m[2] ?? '').trim() } : { base: n, unit: '' };
}

const field = (keys: readonly FillKey[], quality: number, unit: string): FillMeaning => ({
  kind: 'keys',
  keys,
  quality,
  minorUnits: unit !== '' && minorUnit.test(unit),
});

/**
 * Says which fill key a form label names: first the fill-only words ("申请金额(分)" → amountMinor in minor
 * units), then the vocabulary shared with capture, then a fill word inside a longer label. Refused card data
 * (CVV, PIN, passwords) and personal ID labels give 'refused'; labels of other order fields give 'other'.
 */
export function fillMeaning(text: string): FillMeaning | null {
  const n = normaliseLabel(text);
  if (n.length === 0 || n.length > 60) return null;
  const { base, unit } = splitUnit(n);
  const own = exact.get(n) ?? exact.get(base);
  if (own) return field([own], EXACT, unit);
  const shared = labelMeaning(text) ?? (base !== n ? labelMeaning(base) : null);
  if (shared?.kind === 'sensitive' || shared?.kind === 'id') return { kind: 'refused' };
  if (shared && shared.quality > CONTAINED) {
    const keys = fillable(shared.keys);
    if (keys.length === 0) return { kind: 'other' };
    return field(keys, keys.length > 1 ? shared.quality * SHARED : shared.quality, unit || (shared.unit ?? ''));
  }
  const head = base.length <= 24 && !notTheRequest.test(base) ? headWord(base) : undefined;
  const within = head === undefined ? undefined : exact.get(head);
  if (within) return field([within], CONTAINED, unit);
  const keys = fillable(shared?.keys ?? []);
  if (shared && keys.length > 0)
    return field(keys, shared.quality * (keys.length > 1 ? SHARED : 1), unit || (shared.unit ?? ''));
  return null;
}
