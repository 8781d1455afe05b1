import { z } from 'zod';
import { EvidenceKind } from './evidence-kind';
import { IanaZone } from './iana-zone';
import { OrderKey } from './capture';
import { OrderStatus, PaymentMethod, TransactionType } from './order';
import { RULE_ACTIONS } from './rule-actions';

/** What the agent is told to do; a verdict uses the same words. */
export const RuleAction = z.enum(RULE_ACTIONS);
export type RuleAction = z.infer<typeof RuleAction>;

export const LocalizedText = z.object({ zh: z.string().min(1).max(200), en: z.string().min(1).max(200) });
export type LocalizedText = z.infer<typeof LocalizedText>;

export const RuleId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'lower-case letters, digits and dashes');

export { IanaZone };

export const Currency = z.string().regex(/^[A-Z]{3}$/, 'three capital letters (ISO 4217)');

/** "unknown" matches an order whose status was not captured. */
export const StatusMatch = z.enum([...OrderStatus.options, 'unknown']);
export type StatusMatch = z.infer<typeof StatusMatch>;

/** Conditions an order must meet, all of them; an absent condition matches anything. */
export const RuleMatch = z.object({
  paymentMethods: z.array(PaymentMethod).min(1).optional(),
  transactionTypes: z.array(TransactionType).min(1).optional(),
  statuses: z.array(StatusMatch).min(1).optional(),
  /** An order whose settlement is unknown counts as not settled. */
  settled: z.boolean().optional(),
  /** True: status "refunded", or refunded amount at or over the amount. */
  fullyRefunded: z.boolean().optional(),
  currency: Currency.optional(),
  refundCountBelow: z.number().int().positive().optional(),
  amountMinor: z
    .object({ atLeast: z.number().int().nonnegative().optional(), below: z.number().int().positive().optional() })
    .refine(
      (r) => r.atLeast === undefined || r.below === undefined || r.atLeast < r.below,
      'atLeast must be below "below"',
    )
    .optional(),
});
export type RuleMatch = z.infer<typeof RuleMatch>;

/**
 * How long the action stays possible after payment, in the rule set's zone. cutoff: the first wall-clock
 * HH:MM strictly after payment ("00:00" is the midnight after payment); days/months: the same wall time
 * N calendar days/months later. The deadline instant itself is already closed.
 */
export const RuleWindow = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('cutoff'), at: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM, 00:00–23:59') }),
  z.object({ kind: z.literal('days'), n: z.number().int().min(1).max(3660) }),
  z.object({ kind: z.literal('months'), n: z.number().int().min(1).max(120) }),
  z.object({ kind: z.literal('none') }),
]);
export type RuleWindow = z.infer<typeof RuleWindow>;

/** full: the whole amount only; remaining: up to amount − refunded; none: no money moves. */
export const AmountRule = z.enum(['full', 'remaining', 'none']);
export type AmountRule = z.infer<typeof AmountRule>;

export const Contact = z.object({
  name: z.string().min(1).max(200),
  phone: z.string().max(40).optional(),
  url: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .optional(),
  note: z.string().max(500).optional(),
});
export type Contact = z.infer<typeof Contact>;

export const Rule = z.object({
  id: RuleId,
  title: LocalizedText,
  /** Guards stop everything after them (unknown result, failed, already cancelled); they come first. */
  guard: z.boolean().optional(),
  match: RuleMatch,
  action: RuleAction,
  window: RuleWindow,
  amount: AmountRule,
  requiredEvidence: z.array(EvidenceKind),
  requiredFields: z.array(OrderKey),
  contact: Contact.optional(),
  /** The public source of the figures, so an agent can check them. */
  source: z.string().min(1).max(500),
});
export type Rule = z.infer<typeof Rule>;

/** What the agent does when no rule applies or every matching window has closed. */
export const Fallback = z.object({
  id: RuleId,
  title: LocalizedText,
  requiredEvidence: z.array(EvidenceKind),
  requiredFields: z.array(OrderKey),
  contact: Contact.optional(),
  source: z.string().min(1).max(500),
});
export type Fallback = z.infer<typeof Fallback>;

export const RuleSet = z
  .object({
    id: RuleId,
    name: z.string().min(1).max(200),
    version: z.number().int().positive(),
    description: z.string().max(2000).optional(),
    zone: IanaZone,
    currency: Currency.optional(),
    /** Amounts at or over this add supervisor approval and a warning. */
    escalationThresholdMinor: z.number().int().positive(),
    rules: z.array(Rule).min(1).max(200),
    fallback: Fallback.optional(),
  })
  .superRefine((set, ctx) => {
    const seen = new Set<string>(set.fallback ? [set.fallback.id] : []);
    let pastGuards = false;
    set.rules.forEach((rule, i) => {
      if (seen.has(rule.id))
        ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `duplicate rule id "${rule.id}"` });
      seen.add(rule.id);
      if (!rule.guard) pastGuards = true;
      else if (pastGuards)
        ctx.addIssue({ code: 'custom', path: ['rules', i, 'guard'], message: 'guards come before other rules' });
      if (rule.guard && rule.window.kind !== 'none')
        ctx.addIssue({ code: 'custom', path: ['rules', i, 'window'], message: 'a guard has no window' });
    });
  });
export type RuleSet = z.infer<typeof RuleSet>;
