import type { Rule } from '../schema/rule-set';
import type { VerdictWarning } from '../schema/verdict';
import type { OrderInput } from './order-facts';

/** Warns about each missing field the deciding rule read with the domain's default (unknown settled = not settled, …). */
export function assumedDefaults(rule: Rule, order: OrderInput): VerdictWarning[] {
  const warnings: VerdictWarning[] = [];
  const assumed = (field: string, value: string | number) =>
    warnings.push({ code: 'field_assumed', params: { field, value } });
  if (rule.match.transactionTypes && order.transactionType === undefined) assumed('transactionType', 'sale');
  if (rule.match.settled !== undefined && order.settled === undefined) assumed('settled', 'false');
  if (rule.match.refundCountBelow !== undefined && order.refundCount === undefined) assumed('refundCount', 0);
  if ((rule.amount === 'remaining' || rule.match.fullyRefunded !== undefined) && order.refundedMinor === undefined)
    assumed('refundedMinor', 0);
  return warnings;
}
