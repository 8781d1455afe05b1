import type { OrderKey } from '../schema/order';
import {
  ID_LABELS,
  LABEL_SYNONYMS,
  NOT_THE_ORDER_WORDS,
  SECONDARY_LABELS,
  SENSITIVE_LABELS,
  SHARED_LABELS,
} from './label-synonyms';

/** What a label on a page means: one or more order fields, refused card data, or a personal ID number. */
export type LabelMeaning =
  { kind: 'field'; keys: readonly OrderKey[]; quality: number; unit?: string } | { kind: 'sensitive' } | { kind: 'id' };

const PRIMARY = 1;
const SECONDARY = 0.85;
const CONTAINED = 0.6;

/** Folds width, case, spacing and decoration ("*订单编号：", "Order No.") so labels compare as words. */
export function normaliseLabel(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/^[\s*]+|[\s:.#*]+$/g, '')
    .replace(/\.(?=\s|$)/g, '')
    .trim();
}

const exact = new Map<string, LabelMeaning>();
const put = (label: string, meaning: LabelMeaning) => {
  const n = normaliseLabel(label);
  if (!exact.has(n)) exact.set(n, meaning);
};
for (const [key, labels] of Object.entries(LABEL_SYNONYMS) as [OrderKey, readonly string[]][]) {
  for (const l of labels) put(l, { kind: 'field', keys: [key], quality: PRIMARY });
}
for (const l of SENSITIVE_LABELS) put(l, { kind: 'sensitive' });
for (const l of ID_LABELS) put(l, { kind: 'id' });
for (const [l, keys] of Object.entries(SHARED_LABELS)) put(l, { kind: 'field', keys, quality: PRIMARY });
for (const [key, labels] of Object.entries(SECONDARY_LABELS) as [OrderKey, readonly string[]][]) {
  for (const l of labels) put(l, { kind: 'field', keys: [key], quality: SECONDARY });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** Matches a synonym inside a longer label; English words only on word boundaries. */
const wordAlternation = (words: Iterable<string>) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => (/^[\x20-\x7e]+$/.test(w) ? `\\b${escape(w)}\\b` : escape(w)))
    .join('|');
const containedField = new RegExp(`(${wordAlternation([...exact.keys()].filter((k) => k.length >= 2))})`, 'u');
const containedSensitive = new RegExp(
  `(${wordAlternation(SENSITIVE_LABELS.map(normaliseLabel).filter((w) => w.length >= 2))})`,
  'u',
);
const containedId = new RegExp(`(${wordAlternation(ID_LABELS.map(normaliseLabel).filter((w) => w.length >= 2))})`, 'u');
const notTheOrder = new RegExp(wordAlternation(NOT_THE_ORDER_WORDS), 'u');
const UNIT = /\s*\(([^()]{1,8})\)$/;

/**
 * Says which order field a label names ("交易金额(元)" → amountMinor with unit 元), whether it is refused card
 * data (CVV, PIN, track) or a personal ID; null for anything else. Exact synonyms score 1, less specific ones
 * 0.85, a synonym inside a longer label 0.6 (and never when the label is about a total, a related order, …).
 */
export function labelMeaning(text: string): LabelMeaning | null {
  if (text.length > 200) return null;
  const n = normaliseLabel(text);
  if (n.length === 0 || n.length > 40 || /\d{3}/.test(n)) return null;
  const hit = exact.get(n);
  if (hit) return hit;
  const unit = UNIT.exec(n);
  if (unit) {
    const base = exact.get(n.slice(0, unit.index));
    if (base?.kind === 'field') return { ...base, unit: unit[1]?.trim() };
    if (base) return base;
  }
  if (containedSensitive.test(n)) return { kind: 'sensitive' };
  if (containedId.test(n)) return { kind: 'id' };
  if (n.length > 20 || notTheOrder.test(n)) return null;
  const m = containedField.exec(n);
  const within = m?.[1] === undefined ? undefined : exact.get(m[1]);
  if (within?.kind !== 'field') return null;
  return {
    kind: 'field',
    keys: within.keys,
    quality: CONTAINED * within.quality,
    ...(unit ? { unit: unit[1]?.trim() } : {}),
  };
}

/** The single order field a label names, or null when it names none, several, or refused data. */
export function keyForLabel(text: string): OrderKey | null {
  const m = labelMeaning(text);
  return m?.kind === 'field' && m.keys.length === 1 ? (m.keys[0] ?? null) : null;
}

/** Every label word the vocabulary knows (fields, shared, refused, ID), for scanning "label: value" text. */
export function allLabelWords(): string[] {
  return [
    ...Object.values(LABEL_SYNONYMS).flat(),
    ...Object.values(SECONDARY_LABELS).flat(),
    ...Object.keys(SHARED_LABELS),
    ...SENSITIVE_LABELS,
    ...ID_LABELS,
  ];
}
