import type { OrderKey } from '../schema/capture';
import type { RuleMatch } from '../schema/rule-set';
import type { Reason } from '../schema/verdict';
import type { OrderFacts } from './order-facts';

/** Why a rule did not match, and the missing field that might have made it match. */
export interface Miss {
  reason: Reason;
  missing?: OrderKey;
}

const list = (values: readonly string[]) => values.join(',');

function withCurrency(params: Reason['params'], currency: string | undefined): Reason['params'] {
  return currency ? { ...params, currency } : params;
}

/** Checks every condition of a rule in a fixed order; null when the order matches. */
export function matchRule(match: RuleMatch, facts: OrderFacts, setCurrency: string | undefined): Miss | null {
  if (match.statuses) {
    const actual = facts.status ?? 'unknown';
    if (!match.statuses.includes(actual))
      return {
        reason: { code: 'status_mismatch', params: { expected: list(match.statuses), actual } },
        missing: facts.status ? undefined : 'status',
      };
  }
  if (match.paymentMethods) {
    if (!facts.paymentMethod)
      return {
        reason: { code: 'payment_method_missing', params: { expected: list(match.paymentMethods) } },
        missing: 'paymentMethod',
      };
    if (!match.paymentMethods.includes(facts.paymentMethod))
      return {
        reason: {
          code: 'payment_method_mismatch',
          params: { expected: list(match.paymentMethods), actual: facts.paymentMethod },
        },
      };
  }
  if (match.transactionTypes && !match.transactionTypes.includes(facts.transactionType))
    return {
      reason: {
        code: 'transaction_type_mismatch',
        params: { expected: list(match.transactionTypes), actual: facts.transactionType },
      },
    };
  if (match.settled !== undefined && match.settled !== facts.settled)
    return { reason: { code: facts.settled ? 'already_settled' : 'not_settled', params: {} } };
  if (match.fullyRefunded !== undefined) {
    const fully =
      facts.status === 'refunded' ||
      (facts.amountMinor !== undefined && facts.amountMinor > 0 && facts.refundedMinor >= facts.amountMinor);
    if (fully !== match.fullyRefunded)
      return { reason: { code: fully ? 'fully_refunded' : 'not_fully_refunded', params: {} } };
  }
  if (match.currency) {
    const actual = facts.currency ?? setCurrency;
    if (actual !== match.currency)
      return {
        reason: { code: 'currency_mismatch', params: { expected: match.currency, actual: actual ?? 'unknown' } },
        missing: actual ? undefined : 'currency',
      };
  }
  if (match.refundCountBelow !== undefined && facts.refundCount >= match.refundCountBelow)
    return {
      reason: { code: 'refund_count_limit', params: { count: facts.refundCount, limit: match.refundCountBelow } },
    };
  if (match.amountMinor) {
    const { atLeast, below } = match.amountMinor;
    const amount = facts.amountMinor;
    const currency = facts.currency ?? setCurrency;
    if (amount === undefined) return { reason: { code: 'amount_missing', params: {} }, missing: 'amountMinor' };
    if (atLeast !== undefined && amount < atLeast)
      return { reason: { code: 'amount_below_range', params: withCurrency({ amount, atLeast }, currency) } };
    if (below !== undefined && amount >= below)
      return { reason: { code: 'amount_above_range', params: withCurrency({ amount, below }, currency) } };
  }
  return null;
}
