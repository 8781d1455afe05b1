import type { Verdict } from '../rules';

const DECISION_KEYS = [
  'ruleSetId',
  'ruleSetVersion',
  'ruleId',
  'action',
  'deadline',
  'maxAmountMinor',
  'requiredEvidence',
  'missingFields',
] as const;

/** What a verdict decides, as one comparable string; the clock alone does not change it. */
export const decisionKey = (v: Record<string, unknown> | Verdict) =>
  JSON.stringify(DECISION_KEYS.map((k) => (v as Record<string, unknown>)[k]));

/** Whether a stored verdict decides the same as a new one (the clock alone does not make a new event). */
export function sameDecision(stored: Record<string, unknown> | undefined, next: Verdict): boolean {
  return !!stored && decisionKey(stored) === decisionKey(next);
}
