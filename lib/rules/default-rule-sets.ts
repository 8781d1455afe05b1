import type { RuleSet } from '../schema/rule-set';
import { cnPosDefault } from './cn-pos-default';
import { intlCardDefault } from './intl-card-default';

/** The built-in rule sets; each is frozen, so agents edit copies. */
export const defaultRuleSets: RuleSet[] = [cnPosDefault, intlCardDefault];
