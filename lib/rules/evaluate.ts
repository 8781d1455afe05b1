import { ORDER_KEYS } from '../schema/order';
import type { OrderKey } from '../schema/capture';
import type { EvidenceKind } from '../schema/evidence-kind';
import { RuleSet, type Fallback, type Rule } from '../schema/rule-set';
import type { Reason, TraceEntry, Verdict, VerdictWarning } from '../schema/verdict';
import { cachedDeadline, type Deadline } from './deadline';
import { matchRule } from './match-rule';
import { readOrderFacts, type OrderFacts, type OrderInput } from './order-facts';
import { assumedDefaults } from './assumed-defaults';
import { settleAmount } from './settle-amount';
import { DEADLINE_SOON_MS } from './countdown';

/** What an order alone cannot tell: fields the agent typed over, and a partial amount the agent asked for. */
export interface EvaluateContext {
  editedFields?: OrderKey[];
  requestedAmountMinor?: number;
}

const DEADLINE_SOON_NS = BigInt(DEADLINE_SOON_MS) * 1_000_000n;

const GENERIC_FALLBACK: Fallback = {
  id: 'manual-review',
  title: { zh: '人工审核', en: 'Manual review' },
  requiredEvidence: ['receipt'],
  requiredFields: [],
  source: 'CancelDesk: no rule of this set applies',
};

const CLOCK_FROM_MS = Date.UTC(1970, 0, 1);
const CLOCK_TO_MS = Date.UTC(10000, 0, 1);

// Validated once per rule set object (agents edit copies, never a set in place), not on every evaluation.
const usable = new WeakMap<RuleSet, boolean>();
function isUsable(ruleSet: RuleSet): boolean {
  if (typeof ruleSet !== 'object' || ruleSet === null) return false;
  let ok = usable.get(ruleSet);
  if (ok === undefined) {
    ok = RuleSet.safeParse(ruleSet).success;
    usable.set(ruleSet, ok);
  }
  return ok;
}

interface Decision {
  rule: Rule | undefined;
  deadline: Deadline | null;
  reason: Reason;
}

type Outcome = (Decision & { closed?: undefined }) | { closed: Deadline; reason: Reason };

/** What a matching rule means at `now`: it decides (window open, no window, or no payment time), or its window closed. */
function judge(rule: Rule, facts: OrderFacts, nowNs: bigint, zone: string): Outcome {
  if (rule.window.kind === 'none')
    return { rule, deadline: null, reason: { code: 'rule_applies', params: { ruleId: rule.id } } };
  const { paid, state, key } = facts.payment();
  if (!paid) {
    const code = state === 'missing' ? 'paid_at_missing' : 'paid_at_implausible';
    return { rule: undefined, deadline: null, reason: { code, params: { ruleId: rule.id } } };
  }
  const deadline = cachedDeadline(key, paid, rule.window);
  const base = { ruleId: rule.id, action: rule.action, zone };
  if (nowNs < deadline.epochNs)
    return { rule, deadline, reason: { code: 'window_open', params: { ...base, deadline: deadline.iso } } };
  return { closed: deadline, reason: { code: 'window_closed', params: { ...base, closedAt: deadline.iso } } };
}

/** Guards first, then the first matching rule whose window is still open; every rule gets a trace line. */
function decide(ruleSet: RuleSet, facts: OrderFacts, nowNs: bigint) {
  const trace: TraceEntry[] = [];
  const missing = new Set<OrderKey>();
  let decision: (Decision & { by: string }) | undefined;
  let lastClosed: { at: Deadline; reason: Reason } | undefined;

  for (const rule of ruleSet.rules) {
    const miss = matchRule(rule.match, facts, ruleSet.currency);
    if (miss) {
      trace.push({ ruleId: rule.id, matched: false, reason: miss.reason });
      // Only rules before the decision could have changed it had the field been there.
      if (!decision && miss.missing) missing.add(miss.missing);
      continue;
    }
    if (decision) {
      trace.push({ ruleId: rule.id, matched: true, reason: { code: 'shadowed', params: { by: decision.by } } });
      continue;
    }
    const outcome = judge(rule, facts, nowNs, ruleSet.zone);
    trace.push({ ruleId: rule.id, matched: true, reason: outcome.reason });
    if (outcome.closed) {
      if (!lastClosed || outcome.closed.epochNs > lastClosed.at.epochNs)
        lastClosed = { at: outcome.closed, reason: outcome.reason };
      continue;
    }
    if (!outcome.rule) missing.add('paidAt');
    decision = { ...outcome, by: rule.id };
  }
  // With every matching window closed, the one that closed last is the one the agent just missed.
  const reason: Reason = decision?.reason ?? lastClosed?.reason ?? { code: 'no_rule_matched', params: {} };
  return { rule: decision?.rule, deadline: decision?.deadline ?? null, reason, trace, missing };
}

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];

/** The verdict when the rule set or the clock cannot be used: nothing is decided, a person looks. */
function unusable(ruleSet: RuleSet, code: 'rule_set_invalid' | 'clock_invalid'): Verdict {
  const valid = code === 'clock_invalid';
  const fallback = (valid && ruleSet.fallback) || GENERIC_FALLBACK;
  return {
    ruleSetId: valid ? ruleSet.id : String(ruleSet?.id ?? ''),
    ruleSetVersion: valid ? ruleSet.version : 0,
    zone: valid ? ruleSet.zone : String(ruleSet?.zone ?? ''),
    evaluatedAt: null,
    action: 'manual_review',
    ruleId: fallback.id,
    title: fallback.title,
    reason: { code, params: {} },
    deadline: null,
    maxAmountMinor: null,
    fullAmountOnly: false,
    currency: null,
    requiredEvidence: [...fallback.requiredEvidence],
    missingFields: [],
    warnings: [],
    trace: [],
    contact: fallback.contact ?? null,
    source: fallback.source,
  };
}

/** Tells what to do with an order under a rule set at `now`; never throws, whatever the order lacks. */
export function evaluate(order: OrderInput, ruleSet: RuleSet, now: Date, context: EvaluateContext = {}): Verdict {
  const nowMs = now instanceof Date ? now.getTime() : NaN;
  if (!isUsable(ruleSet)) return unusable(ruleSet, 'rule_set_invalid');
  if (!(nowMs >= CLOCK_FROM_MS && nowMs < CLOCK_TO_MS)) return unusable(ruleSet, 'clock_invalid');
  const zone = ruleSet.zone;
  const nowNs = BigInt(nowMs) * 1_000_000n;
  const input: OrderInput = order ?? {};
  const facts = readOrderFacts(input, zone);
  const { rule, deadline, reason, trace, missing } = decide(ruleSet, facts, nowNs);
  const fallback = ruleSet.fallback ?? GENERIC_FALLBACK;
  const chosen = rule ?? fallback;
  const action = rule?.action ?? 'manual_review';
  const currency = facts.currency ?? ruleSet.currency ?? null;

  for (const key of chosen.requiredFields) if (!facts.has(key)) missing.add(key);
  if (rule?.match.statuses?.includes('unknown') && !facts.status) missing.add('status');
  const amount = settleAmount(rule?.amount ?? 'none', action, facts, context?.requestedAmountMinor, currency);
  if (amount.needsAmount && facts.amountMinor === undefined) missing.add('amountMinor');
  const missingFields = ORDER_KEYS.filter((key) => missing.has(key));

  const requiredEvidence: EvidenceKind[] = [...chosen.requiredEvidence];
  const overThreshold = amount.stakeMinor !== null && amount.stakeMinor >= ruleSet.escalationThresholdMinor;
  if (overThreshold) requiredEvidence.push('supervisor_approval');

  const warnings: VerdictWarning[] = [];
  if (deadline && deadline.epochNs - nowNs < DEADLINE_SOON_NS)
    warnings.push({ code: 'deadline_soon', params: { deadline: deadline.iso, zone } });
  if (overThreshold && amount.stakeMinor !== null) {
    const params = { amountMinor: amount.stakeMinor, thresholdMinor: ruleSet.escalationThresholdMinor };
    warnings.push({ code: 'over_threshold', params: currency ? { ...params, currency } : params });
  }
  warnings.push(...amount.warnings);
  for (const field of missingFields) warnings.push({ code: 'field_missing', params: { field } });
  if (rule) warnings.push(...assumedDefaults(rule, input));
  const editedFields = Array.isArray(context?.editedFields) ? context.editedFields : [];
  const edited = unique(editedFields).filter((key) => (ORDER_KEYS as readonly string[]).includes(key));
  for (const field of edited) warnings.push({ code: 'edited_by_hand', params: { field } });

  return {
    ruleSetId: ruleSet.id,
    ruleSetVersion: ruleSet.version,
    zone,
    evaluatedAt: new Date(nowMs).toISOString(),
    action,
    ruleId: chosen.id,
    title: chosen.title,
    reason,
    deadline: deadline?.iso ?? null,
    maxAmountMinor: amount.maxAmountMinor,
    fullAmountOnly: amount.fullAmountOnly,
    currency,
    requiredEvidence: unique(requiredEvidence),
    missingFields,
    warnings,
    trace,
    contact: chosen.contact ?? null,
    source: chosen.source,
  };
}
