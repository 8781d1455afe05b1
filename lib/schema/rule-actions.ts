/**
 * What the agent is told to do, as a plain list: the case list's filter offers it before zod's chained
 * schemas load, and lib/schema/rule-set.ts builds RuleAction from it.
 */
export const RULE_ACTIONS = [
  'void',
  'refund',
  'preauth_cancel',
  'query',
  'manual_review',
  'not_needed',
  'not_allowed',
] as const;
