import { decimalToMinor, minorToDecimal } from '../../../lib/format/money';
import type { EvidenceKind } from '../../../lib/schema/evidence-kind';
import type { PaymentMethod, TransactionType } from '../../../lib/schema/order';
import type {
  AmountRule,
  Rule,
  RuleAction,
  RuleMatch,
  RuleSet,
  RuleWindow,
  StatusMatch,
} from '../../../lib/schema/rule-set';

export type WindowKind = RuleWindow['kind'];
export type SettledChoice = 'any' | 'true' | 'false';

/** One rule as the form holds it: text exactly as typed, so zod can say what is wrong with it. */
export interface RuleDraft {
  /** Stable across reordering; the rule's id when the form opened. */
  key: string;
  /** The rule as it was: what the form does not show (id, guard, other conditions, required fields) is kept. */
  base: Rule;
  titleZh: string;
  titleEn: string;
  action: RuleAction;
  windowKind: WindowKind;
  windowAt: string;
  windowN: string;
  amount: AmountRule;
  evidence: EvidenceKind[];
  paymentMethods: PaymentMethod[];
  transactionTypes: TransactionType[];
  statuses: StatusMatch[];
  settled: SettledChoice;
  contactName: string;
  contactPhone: string;
  contactUrl: string;
  source: string;
}

export interface RuleSetDraft {
  base: RuleSet;
  name: string;
  zone: string;
  /** In major units (5000.00), as the agent thinks of it. */
  threshold: string;
  rules: RuleDraft[];
}

/** A positive threshold typed in major units, as minor units; null when unreadable, zero or too precise. */
export function thresholdToMinor(text: string, currency: string | undefined): number | null {
  const minor = decimalToMinor(text, currency);
  return minor !== null && minor > 0 ? minor : null;
}

const DEFAULT_N: Record<'days' | 'months', string> = { days: '30', months: '12' };

/** The form's starting point for a rule set. */
export function toDraft(set: RuleSet): RuleSetDraft {
  return {
    base: set,
    name: set.name,
    zone: set.zone,
    threshold: minorToDecimal(set.escalationThresholdMinor, set.currency),
    rules: set.rules.map(ruleDraft),
  };
}

function ruleDraft(rule: Rule): RuleDraft {
  const w = rule.window;
  return {
    key: rule.id,
    base: rule,
    titleZh: rule.title.zh,
    titleEn: rule.title.en,
    action: rule.action,
    windowKind: w.kind,
    windowAt: w.kind === 'cutoff' ? w.at : '23:00',
    windowN: w.kind === 'days' || w.kind === 'months' ? String(w.n) : '',
    amount: rule.amount,
    evidence: [...rule.requiredEvidence],
    paymentMethods: [...(rule.match.paymentMethods ?? [])],
    transactionTypes: [...(rule.match.transactionTypes ?? [])],
    statuses: [...(rule.match.statuses ?? [])],
    settled: rule.match.settled === undefined ? 'any' : rule.match.settled ? 'true' : 'false',
    contactName: rule.contact?.name ?? '',
    contactPhone: rule.contact?.phone ?? '',
    contactUrl: rule.contact?.url ?? '',
    source: rule.source,
  };
}

/** Switching the window kind starts days and months from a sensible figure rather than an empty box. */
export function withWindowKind(rule: RuleDraft, kind: WindowKind): RuleDraft {
  const n = (kind === 'days' || kind === 'months') && !rule.windowN.trim() ? DEFAULT_N[kind] : rule.windowN;
  return { ...rule, windowKind: kind, windowN: n };
}

/**
 * The rule set the draft describes, unvalidated. The threshold is checked here: it is typed in major units,
 * so zod's "whole number" would mislead; when it is unreadable the stored threshold stands in.
 */
export function fromDraft(draft: RuleSetDraft): { candidate: unknown; thresholdOk: boolean } {
  const minor = thresholdToMinor(draft.threshold, draft.base.currency);
  const candidate = {
    ...draft.base,
    name: draft.name.trim(),
    zone: draft.zone.trim(),
    escalationThresholdMinor: minor ?? draft.base.escalationThresholdMinor,
    rules: draft.rules.map(ruleFrom),
  };
  return { candidate, thresholdOk: minor !== null };
}

function ruleFrom(d: RuleDraft): unknown {
  const match: RuleMatch = { ...d.base.match };
  setList(match, 'paymentMethods', d.paymentMethods);
  setList(match, 'transactionTypes', d.transactionTypes);
  setList(match, 'statuses', d.statuses);
  if (d.settled === 'any') delete match.settled;
  else match.settled = d.settled === 'true';
  const contactNote = d.base.contact?.note;
  const hasContact = [d.contactName, d.contactPhone, d.contactUrl].some((s) => s.trim()) || contactNote !== undefined;
  return {
    ...d.base,
    title: { zh: d.titleZh.trim(), en: d.titleEn.trim() },
    action: d.action,
    window: windowFrom(d),
    amount: d.amount,
    requiredEvidence: d.evidence,
    match,
    contact: hasContact
      ? {
          name: d.contactName.trim(),
          ...(d.contactPhone.trim() ? { phone: d.contactPhone.trim() } : {}),
          ...(d.contactUrl.trim() ? { url: d.contactUrl.trim() } : {}),
          ...(contactNote !== undefined ? { note: contactNote } : {}),
        }
      : undefined,
    source: d.source.trim(),
  };
}

function windowFrom(d: RuleDraft): unknown {
  switch (d.windowKind) {
    case 'cutoff':
      return { kind: 'cutoff', at: d.windowAt.trim() };
    case 'days':
    case 'months':
      // An empty box is NaN, not 0, so the message says "must be a positive whole number" rather than "at least 1".
      return { kind: d.windowKind, n: d.windowN.trim() === '' ? Number.NaN : Number(d.windowN.trim()) };
    case 'none':
      return { kind: 'none' };
  }
}

/** No box ticked means the rule does not look at that property at all. */
function setList<K extends 'paymentMethods' | 'transactionTypes' | 'statuses'>(
  match: RuleMatch,
  key: K,
  values: NonNullable<RuleMatch[K]>,
): void {
  if (values.length === 0) delete match[key];
  else match[key] = values;
}
