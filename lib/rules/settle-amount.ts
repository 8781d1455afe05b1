import type { AmountRule, RuleAction } from '../schema/rule-set';
import type { VerdictWarning } from '../schema/verdict';
import type { OrderFacts } from './order-facts';

/** How much the action may move, how much it does move (for escalation), and what is wrong with the request. */
export interface AmountOutcome {
  maxAmountMinor: number | null;
  fullAmountOnly: boolean;
  /** The amount that changes hands; null when nothing does or the amount is unknown. */
  stakeMinor: number | null;
  needsAmount: boolean;
  warnings: VerdictWarning[];
}

const MOVES_MONEY: ReadonlySet<RuleAction> = new Set(['void', 'refund', 'preauth_cancel', 'manual_review']);

/** Applies the rule's amount rule and the agent's requested amount to the order. */
export function settleAmount(
  amountRule: AmountRule,
  action: RuleAction,
  facts: Pick<OrderFacts, 'amountMinor' | 'refundedMinor'>,
  requestedMinor: number | undefined,
  currency: string | null,
): AmountOutcome {
  const amount = facts.amountMinor;
  const remaining = amount === undefined ? null : Math.max(0, amount - facts.refundedMinor);
  const fullAmountOnly = amountRule === 'full';
  const maxAmountMinor = amountRule === 'full' ? (amount ?? null) : amountRule === 'remaining' ? remaining : null;
  const warnings: VerdictWarning[] = [];
  const money = (params: VerdictWarning['params']) => (currency ? { ...params, currency } : params);
  if (!MOVES_MONEY.has(action))
    return { maxAmountMinor, fullAmountOnly, stakeMinor: null, needsAmount: amountRule !== 'none', warnings };

  let requested: number | undefined;
  if (requestedMinor !== undefined) {
    if (Number.isSafeInteger(requestedMinor) && requestedMinor > 0) requested = requestedMinor;
    else warnings.push({ code: 'requested_invalid', params: {} });
  }
  if (requested !== undefined && maxAmountMinor !== null) {
    if (requested > maxAmountMinor)
      warnings.push({ code: 'requested_over_max', params: money({ requestedMinor: requested, maxAmountMinor }) });
    else if (fullAmountOnly && requested < maxAmountMinor)
      warnings.push({
        code: 'partial_not_allowed',
        params: money({ requestedMinor: requested, amountMinor: maxAmountMinor }),
      });
  }
  // A full-only action moves the whole amount whatever was asked; otherwise what was asked is what moves.
  const stakeMinor = fullAmountOnly ? maxAmountMinor : (requested ?? maxAmountMinor ?? remaining);
  return { maxAmountMinor, fullAmountOnly, stakeMinor, needsAmount: amountRule !== 'none', warnings };
}
