import { describe, expect, it } from 'vitest';
import { cnPosDefault, defaultRuleSets, RuleSet } from '../../../lib/rules';
import type { Rule } from '../../../lib/schema/rule-set';

const copy = (): RuleSet => structuredClone(cnPosDefault);
const withRule = (index: number, patch: Partial<Rule> | Record<string, unknown>) => {
  const set = copy();
  Object.assign(set.rules[index] ?? {}, patch);
  return set;
};

describe('RuleSet schema', () => {
  it.each(defaultRuleSets.map((set) => ({ id: set.id, set })))('built-in $id is valid and survives JSON', ({ set }) => {
    expect(RuleSet.parse(JSON.parse(JSON.stringify(set)))).toEqual(set);
  });

  it.each(defaultRuleSets.map((set) => ({ id: set.id, set })))(
    'built-in $id is frozen, so edits start from a copy',
    ({ set }) => {
      expect(() => {
        (set.rules[0] as { id: string }).id = 'changed';
      }).toThrow(TypeError);
      expect(Object.isFrozen(set.rules[5]?.window)).toBe(true);
    },
  );

  it('cn-pos-default carries the domain figures', () => {
    expect({
      zone: cnPosDefault.zone,
      threshold: cnPosDefault.escalationThresholdMinor,
      currency: cnPosDefault.currency,
    }).toEqual({
      zone: 'Asia/Shanghai',
      threshold: 500_000,
      currency: 'CNY',
    });
    expect(cnPosDefault.rules.filter((r) => r.guard).map((r) => r.id)).toEqual([
      'guard-result-unknown',
      'guard-failed',
      'guard-voided',
      'guard-disputed',
      'guard-fully-refunded',
    ]);
    for (const rule of cnPosDefault.rules) expect(rule.source.length).toBeGreaterThan(10);
  });

  it.each([
    { name: 'an unknown zone', set: { ...copy(), zone: 'Mars/Olympus' }, path: 'zone' },
    { name: 'an offset instead of a zone', set: { ...copy(), zone: '+08:00' }, path: 'zone' },
    { name: 'a zero threshold', set: { ...copy(), escalationThresholdMinor: 0 }, path: 'escalationThresholdMinor' },
    { name: 'a lower-case currency', set: { ...copy(), currency: 'cny' }, path: 'currency' },
    { name: 'no rules', set: { ...copy(), rules: [] }, path: 'rules' },
    {
      name: 'a cut-off at 24:00',
      set: withRule(4, { window: { kind: 'cutoff', at: '24:00' } }),
      path: 'rules.4.window.at',
    },
    {
      name: 'a cut-off without a leading zero',
      set: withRule(4, { window: { kind: 'cutoff', at: '7:00' } }),
      path: 'rules.4.window.at',
    },
    { name: 'a zero-day window', set: withRule(6, { window: { kind: 'days', n: 0 } }), path: 'rules.6.window.n' },
    {
      name: 'a fractional month window',
      set: withRule(6, { window: { kind: 'months', n: 1.5 } }),
      path: 'rules.6.window.n',
    },
    {
      name: 'an unknown window kind',
      set: withRule(6, { window: { kind: 'weeks', n: 2 } }),
      path: 'rules.6.window.kind',
    },
    {
      name: 'an unknown evidence kind',
      set: withRule(4, { requiredEvidence: ['photo'] }),
      path: 'rules.4.requiredEvidence.0',
    },
    {
      name: 'an unknown required field',
      set: withRule(4, { requiredFields: ['cvv'] }),
      path: 'rules.4.requiredFields.0',
    },
    { name: 'an unknown action', set: withRule(4, { action: 'chargeback' }), path: 'rules.4.action' },
    {
      name: 'an empty amount range',
      set: withRule(4, { match: { amountMinor: { atLeast: 500, below: 500 } } }),
      path: 'rules.4.match.amountMinor',
    },
    {
      name: 'a script link as contact',
      set: withRule(4, { contact: { name: 'x', url: 'javascript:alert(1)' } }),
      path: 'rules.4.contact.url',
    },
    { name: 'a duplicate rule id', set: withRule(6, { id: 'card-void' }), path: 'rules.6.id' },
    { name: 'a rule id with spaces', set: withRule(6, { id: 'card refund' }), path: 'rules.6.id' },
    {
      name: 'a guard after a rule',
      set: withRule(6, { guard: true, window: { kind: 'none' } }),
      path: 'rules.6.guard',
    },
    { name: 'a guard with a window', set: withRule(0, { window: { kind: 'days', n: 1 } }), path: 'rules.0.window' },
    { name: 'a rule without a source', set: withRule(4, { source: '' }), path: 'rules.4.source' },
  ])('rejects $name at $path', ({ set, path }) => {
    const result = RuleSet.safeParse(set);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(path);
  });
});
