import type { Rule } from 'eslint';

declare const noSilentCatch: Rule.RuleModule;
export default noSilentCatch;
