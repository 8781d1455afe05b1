export { RuleSet } from '../schema/rule-set';
export { Verdict } from '../schema/verdict';
export { evaluate, DEADLINE_SOON_MS, type EvaluateContext } from './evaluate';
export type { OrderInput } from './order-facts';
export { defaultRuleSets } from './default-rule-sets';
export { cnPosDefault } from './cn-pos-default';
export { intlCardDefault } from './intl-card-default';
export { windowDeadline } from './deadline';
export { reasonText, warningText, actionText, evidenceText, fieldText, type Lang } from './reason-text';
