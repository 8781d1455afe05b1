import { z } from 'zod';
import { EvidenceKind } from './evidence-kind';
import { OrderKey } from './capture';
import { Instant } from './order';
import { Contact, Currency, LocalizedText, RuleAction } from './rule-set';

export const VerdictAction = RuleAction;
export type VerdictAction = RuleAction;

/** Why a rule did or did not decide; rendered in the UI language by reasonText. */
export const ReasonCode = z.enum([
  'window_open',
  'rule_applies',
  'window_closed',
  'shadowed',
  'paid_at_missing',
  'paid_at_implausible',
  'no_rule_matched',
  'rule_set_invalid',
  'clock_invalid',
  'payment_method_mismatch',
  'payment_method_missing',
  'transaction_type_mismatch',
  'status_mismatch',
  'already_settled',
  'not_settled',
  'fully_refunded',
  'not_fully_refunded',
  'currency_mismatch',
  'refund_count_limit',
  'amount_missing',
  'amount_below_range',
  'amount_above_range',
]);
export type ReasonCode = z.infer<typeof ReasonCode>;

export const WarningCode = z.enum([
  'deadline_soon',
  'over_threshold',
  'edited_by_hand',
  'field_missing',
  'field_assumed',
  'partial_not_allowed',
  'requested_over_max',
  'requested_invalid',
]);
export type WarningCode = z.infer<typeof WarningCode>;

/** Plain values only, so a verdict survives JSON, IndexedDB and messaging unchanged. */
export const Params = z.record(z.string(), z.union([z.string(), z.number()]));
export type Params = z.infer<typeof Params>;

export const Reason = z.object({ code: ReasonCode, params: Params });
export type Reason = z.infer<typeof Reason>;

export const VerdictWarning = z.object({ code: WarningCode, params: Params });
export type VerdictWarning = z.infer<typeof VerdictWarning>;

export const TraceEntry = z.object({ ruleId: z.string(), matched: z.boolean(), reason: Reason });
export type TraceEntry = z.infer<typeof TraceEntry>;

export const Verdict = z.object({
  ruleSetId: z.string(),
  ruleSetVersion: z.number().int(),
  /** The rule set's zone: deadlines and reason texts are shown in it. */
  zone: z.string(),
  /** The "now" the verdict was computed for, in UTC (null when that clock was unusable). */
  evaluatedAt: Instant.nullable(),
  action: VerdictAction,
  /** The deciding rule, guard, or the rule set's fallback. */
  ruleId: z.string(),
  title: LocalizedText,
  /** The headline "why". */
  reason: Reason,
  /** Exclusive: at this instant the window is closed. Offset of the rule set's zone, no bracketed zone name. */
  deadline: Instant.nullable(),
  maxAmountMinor: z.number().int().nonnegative().nullable(),
  fullAmountOnly: z.boolean(),
  currency: Currency.nullable(),
  requiredEvidence: z.array(EvidenceKind),
  missingFields: z.array(OrderKey),
  warnings: z.array(VerdictWarning),
  trace: z.array(TraceEntry),
  contact: Contact.nullable(),
  source: z.string().nullable(),
});
export type Verdict = z.infer<typeof Verdict>;
