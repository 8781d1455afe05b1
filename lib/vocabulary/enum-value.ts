import type { OrderStatus, PaymentMethod, TransactionType } from '../schema/order';
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

const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[\s\u00a0]+/g, ' ').trim();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

type Table<T> = { exact: Map<string, T>; within: RegExp };
function table<T>(groups: [T, readonly string[]][]): Table<T> {
  const exact = new Map<string, T>();
  for (const [value, words] of groups) for (const w of words) exact.set(fold(w), value);
  const words = [...exact.keys()].sort((a, b) => b.length - a.length);
  const within = new RegExp(
    words.map((w) => (/^[\x20-\x7e]+$/.test(w) ? `\\b${escape(w)}\\b` : escape(w))).join('|'),
    'u',
  );
  return { exact, within };
}

const tables: { [K in EnumField]: Table<EnumValueOf[K]> } = {
  status: table(Object.entries(STATUS_SYNONYMS) as [OrderStatus, readonly string[]][]),
  paymentMethod: table(Object.entries(PAYMENT_METHOD_SYNONYMS) as [PaymentMethod, readonly string[]][]),
  transactionType: table(Object.entries(TRANSACTION_TYPE_SYNONYMS) as [TransactionType, readonly string[]][]),
  settled: table([
    [true, SETTLED_SYNONYMS.true],
    [false, SETTLED_SYNONYMS.false],
  ]),
};
const notOriginal = new RegExp(NOT_AN_ORIGINAL_TRANSACTION.map((w) => escape(fold(w))).join('|'), 'u');

/**
 * Reads an enumerated field from page text ("银行卡（借记卡）" → card, "Settled" → true) via the synonym
 * lists; the whole text first, then the first synonym inside it. Undefined when nothing matches.
 */
export function enumValue<K extends EnumField>(field: K, text: string): EnumValueOf[K] | undefined {
  const t = fold(text);
  if (t.length === 0 || t.length > 60) return undefined;
  const { exact, within } = tables[field];
  const hit = exact.get(t);
  if (hit !== undefined) return hit;
  if (field === 'transactionType' && notOriginal.test(t)) return undefined;
  const m = within.exec(t);
  return m ? exact.get(m[0]) : undefined;
}
