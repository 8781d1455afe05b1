import type { OrderStatus, PaymentMethod, TransactionType } from '../schema/order';
import { AMBIGUOUS_STATUS_WORDS } from './ambiguous-status-words';
import { AMBIGUOUS_SETTLED_WORDS } from './settlement-words';
import { STATUS_WORD_GROUPS } from './status-words';
import {
  NOT_AN_ORIGINAL_TRANSACTION,
  PAYMENT_METHOD_SYNONYMS,
  SETTLED_SYNONYMS,
  STATUS_SYNONYMS,
  TRANSACTION_TYPE_SYNONYMS,
} from './value-synonyms';

/** The order fields whose values come from a fixed set of words. */
export type EnumField = 'status' | 'paymentMethod' | 'transactionType' | 'settled';
type EnumValueOf = {
  status: OrderStatus;
  paymentMethod: PaymentMethod;
  transactionType: TransactionType;
  settled: boolean;
};

const fold = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const pattern = (w: string) => (/^[\x20-\x7e]+$/.test(w) ? `\\b${escape(w)}\\b` : escape(w));
const anyOf = (words: readonly string[]) => new RegExp(words.map((w) => escape(fold(w))).join('|'), 'u');

/** "未成功", "not successful": a known word right after a negation says the opposite of itself. */
const NEGATED = /(?:未|不|非|无|没|\bnot |\bno |n['’]t )$/u;

type Table<T> = {
  exact: Map<string, T>;
  /** Known, veto and mask words, longest first, so each position is read as its longest word. */
  within: RegExp;
  /** Words that make the whole text unreadable (ambiguous across providers). */
  vetoes: ReadonlySet<string>;
  /** Status and settlement are money facts: a negation, or two different values in one text, reads as nothing. */
  strict: boolean;
  /** Outcomes that another operation named in the text ("Refund failed") would claim for itself. */
  outcomes?: { values: ReadonlySet<T>; operation: RegExp };
};

interface TableOptions<T> {
  /** Known, but only as the whole text. */
  wholeTextOnly?: readonly string[];
  vetoes?: readonly string[];
  /** Words that hide the words inside them and say nothing here ("Pending settlement" in a status). */
  masks?: readonly string[];
  strict?: boolean;
  outcomes?: Table<T>['outcomes'];
}

function table<T>(groups: [T, readonly string[]][], options: TableOptions<T> = {}): Table<T> {
  const exact = new Map<string, T>();
  for (const [value, words] of groups) for (const w of words) exact.set(fold(w), value);
  const wholeOnly = new Set((options.wholeTextOnly ?? []).map(fold));
  const vetoes = new Set((options.vetoes ?? []).map(fold).filter((w) => !exact.has(w)));
  const masks = (options.masks ?? []).map(fold).filter((w) => !exact.has(w) && !vetoes.has(w));
  const all = [...[...exact.keys()].filter((w) => !wholeOnly.has(w)), ...vetoes, ...masks].sort(
    (a, b) => b.length - a.length,
  );
  const within = new RegExp(all.map(pattern).join('|'), 'gu');
  return { exact, within, vetoes, strict: options.strict ?? false, outcomes: options.outcomes };
}

function readWithin<T>({ exact, within, vetoes, strict, outcomes }: Table<T>, t: string): T | undefined {
  let found: T | undefined;
  for (const m of t.matchAll(within)) {
    const word = m[0];
    if (vetoes.has(word)) return undefined;
    const value = exact.get(word);
    if (value === undefined) continue;
    if (!strict) return value;
    const before = t.slice(0, m.index);
    if (NEGATED.test(before)) return undefined;
    if (outcomes?.values.has(value) && outcomes.operation.test(`${before} ${t.slice(m.index + word.length)}`))
      return undefined;
    if (found !== undefined && found !== value) return undefined;
    found = value;
  }
  return found;
}

const words = (groups: readonly { words: readonly string[] }[]) => groups.flatMap((g) => g.words);

const tables: { [K in EnumField]: Table<EnumValueOf[K]> } = {
  status: table(Object.entries(STATUS_SYNONYMS) as [OrderStatus, readonly string[]][], {
    wholeTextOnly: words(STATUS_WORD_GROUPS.filter((g) => g.wholeTextOnly)),
    vetoes: words(AMBIGUOUS_STATUS_WORDS),
    // The capture reads settlement on its own; a settlement word is not a status unless listed as one.
    masks: [...SETTLED_SYNONYMS.true, ...SETTLED_SYNONYMS.false, ...words(AMBIGUOUS_SETTLED_WORDS)],
    strict: true,
    outcomes: { values: new Set<OrderStatus>(['paid', 'failed']), operation: anyOf(NOT_AN_ORIGINAL_TRANSACTION) },
  }),
  paymentMethod: table(Object.entries(PAYMENT_METHOD_SYNONYMS) as [PaymentMethod, readonly string[]][]),
  transactionType: table(Object.entries(TRANSACTION_TYPE_SYNONYMS) as [TransactionType, readonly string[]][]),
  settled: table<boolean>(
    [
      [true, SETTLED_SYNONYMS.true],
      [false, SETTLED_SYNONYMS.false],
    ],
    { vetoes: words(AMBIGUOUS_SETTLED_WORDS), strict: true },
  ),
};
const notOriginal = anyOf(NOT_AN_ORIGINAL_TRANSACTION);

/**
 * Reads an enumerated field from page text ("银行卡（借记卡）" → card, "Settled" → true) via the synonym
 * lists; the whole text first, then the words inside it. Undefined when nothing matches, and for status and
 * settlement also when the text is ambiguous (see ambiguous-status-words.ts): never a guess.
 */
export function enumValue<K extends EnumField>(field: K, text: string): EnumValueOf[K] | undefined {
  const t = fold(text);
  if (t.length === 0 || t.length > 60) return undefined;
  const tab = tables[field];
  const hit = tab.exact.get(t);
  if (hit !== undefined) return hit;
  if (field === 'transactionType' && notOriginal.test(t)) return undefined;
  return readWithin(tab, t);
}
