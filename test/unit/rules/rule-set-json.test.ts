import { describe, expect, it } from 'vitest';
import { cnPosDefault, defaultRuleSets } from '../../../lib/rules';
import { exportRuleSetJson, formatPath, parseRuleSetJson, validateRuleSet } from '../../../lib/rules/rule-set-json';
import type { RuleSet } from '../../../lib/schema/rule-set';

/** A mutable JSON copy of cn-pos-default, as a file an agent edited by hand would be. */
type Doc = Record<string, unknown> & { rules: Record<string, unknown>[] };
const doc = (): Doc => JSON.parse(JSON.stringify(cnPosDefault)) as Doc;
const indexOf = (id: string) => cnPosDefault.rules.findIndex((r) => r.id === id);
const VOID = indexOf('card-void');
const REFUND = indexOf('card-refund');
const WECHAT = indexOf('wechat-refund');
const rule = (d: Doc, i: number) => d.rules[i] as Record<string, Record<string, unknown>>;

describe('exportRuleSetJson / parseRuleSetJson', () => {
  it.each(defaultRuleSets.map((set) => ({ id: set.id, set })))(
    '$id survives export and import unchanged',
    ({ set }) => {
      const text = exportRuleSetJson(set);
      expect(text.endsWith('\n')).toBe(true);
      expect(parseRuleSetJson(text)).toEqual({ ok: true, value: set });
    },
  );

  it('reads back a copy with changes exactly as written', () => {
    const d = doc();
    d.id = 'shop-7';
    rule(d, VOID).window = { kind: 'cutoff', at: '21:30' };
    const result = parseRuleSetJson(JSON.stringify(d));
    expect(result.ok && result.value.id).toBe('shop-7');
    expect(result.ok && result.value.rules[VOID]!.window).toEqual({ kind: 'cutoff', at: '21:30' });
  });
});

describe('parseRuleSetJson reports each problem at its path', () => {
  it.each<[string, (d: Doc) => void, string, string]>([
    [
      'months of 0',
      (d) => (rule(d, REFUND).window = { kind: 'months', n: 0 }),
      `rules[${REFUND}].window.n`,
      'must be a positive whole number',
    ],
    [
      'a fractional month',
      (d) => (rule(d, REFUND).window = { kind: 'months', n: 1.5 }),
      `rules[${REFUND}].window.n`,
      'must be a positive whole number',
    ],
    [
      'months as text',
      (d) => (rule(d, REFUND).window = { kind: 'months', n: '11' }),
      `rules[${REFUND}].window.n`,
      'must be a positive whole number',
    ],
    [
      'too many months',
      (d) => (rule(d, REFUND).window = { kind: 'months', n: 121 }),
      `rules[${REFUND}].window.n`,
      'must be at most 120',
    ],
    [
      'a missing day count',
      (d) => (rule(d, WECHAT).window = { kind: 'days' }),
      `rules[${WECHAT}].window.n`,
      'is required',
    ],
    [
      'an unknown window kind',
      (d) => (rule(d, VOID).window = { kind: 'weeks', n: 2 }),
      `rules[${VOID}].window.kind`,
      'must be one of: cutoff, days, months, none',
    ],
    [
      'a cut-off of 24:00',
      (d) => (rule(d, VOID).window = { kind: 'cutoff', at: '24:00' }),
      `rules[${VOID}].window.at`,
      'HH:MM, 00:00–23:59',
    ],
    ['a zone that does not exist', (d) => (d.zone = 'Mars/Olympus_Mons'), 'zone', 'not an IANA time zone'],
    ['an offset instead of a zone', (d) => (d.zone = '+08:00'), 'zone', 'not an IANA time zone'],
    ['no name', (d) => delete d.name, 'name', 'is required'],
    ['an empty name', (d) => (d.name = ''), 'name', 'must not be empty'],
    ['version 0', (d) => (d.version = 0), 'version', 'must be a positive whole number'],
    [
      'a negative threshold',
      (d) => (d.escalationThresholdMinor = -1),
      'escalationThresholdMinor',
      'must be a positive whole number',
    ],
    [
      'a refund count limit of 0',
      (d) => (rule(d, WECHAT).match!.refundCountBelow = 0),
      `rules[${WECHAT}].match.refundCountBelow`,
      'must be a positive whole number',
    ],
    [
      'an unknown action',
      (d) => (rule(d, VOID).action = 'cancel' as never),
      `rules[${VOID}].action`,
      'must be one of: void, refund, preauth_cancel, query, manual_review, not_needed, not_allowed',
    ],
    [
      'an unknown evidence kind',
      (d) => (rule(d, VOID).requiredEvidence = ['receipt', 'photo'] as never),
      `rules[${VOID}].requiredEvidence[1]`,
      'must be one of: receipt, supervisor_approval, customer_id, customer_signature, customer_communication, duplicate_charge_documentation, refund_policy, adjustment_form, screenshot',
    ],
    [
      'an empty payment-method list',
      (d) => (rule(d, VOID).match!.paymentMethods = []),
      `rules[${VOID}].match.paymentMethods`,
      'must have at least one item',
    ],
    [
      'settled as text',
      (d) => (rule(d, VOID).match!.settled = 'no'),
      `rules[${VOID}].match.settled`,
      'must be true or false',
    ],
    [
      'an ftp contact',
      (d) => (rule(d, VOID).contact = { name: 'Acquirer', url: 'ftp://acq.example.com' }),
      `rules[${VOID}].contact.url`,
      'must be an http or https address',
    ],
    [
      'a contact without a name',
      (d) => (rule(d, VOID).contact = { name: '' }),
      `rules[${VOID}].contact.name`,
      'must not be empty',
    ],
    [
      'a duplicate rule id',
      (d) => (rule(d, REFUND).id = 'card-void' as never),
      `rules[${REFUND}].id`,
      'duplicate rule id "card-void"',
    ],
    [
      'a guard after an ordinary rule',
      (d) => d.rules.push({ ...d.rules[0]!, id: 'late-guard' }),
      `rules[${cnPosDefault.rules.length}].guard`,
      'guards come before other rules',
    ],
    ['no rules', (d) => (d.rules = []), 'rules', 'must have at least one item'],
    ['rules that are not a list', (d) => (d.rules = {} as never), 'rules', 'must be a list'],
  ])('%s', (_name, mutate, path, message) => {
    const d = doc();
    mutate(d);
    const result = parseRuleSetJson(JSON.stringify(d));
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors).toContainEqual({ path, message });
  });

  it('reports every problem, not just the first', () => {
    const d = doc();
    d.zone = 'Nowhere';
    rule(d, REFUND).window = { kind: 'months', n: 0 };
    const result = parseRuleSetJson(JSON.stringify(d));
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual(['zone', `rules[${REFUND}].window.n`]);
  });

  it.each([
    ['text that is not JSON', '{ "id": ', /^not valid JSON: /],
    ['a JSON list', '[]', /^must be an object$/],
    ['JSON null', 'null', /^must be an object$/],
    ['a huge file', `"${'x'.repeat(1_000_001)}"`, /too large/],
  ])('%s is reported for the whole document', (_name, text, message) => {
    const result = parseRuleSetJson(text);
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors).toHaveLength(1);
    expect(errors[0]!.path).toBe('');
    expect(errors[0]!.message).toMatch(message);
  });

  it.each<[string, (d: Doc) => void, string, string]>([
    [
      'months of 0',
      (d) => (rule(d, REFUND).window = { kind: 'months', n: 0 }),
      `rules[${REFUND}].window.n`,
      '须为正整数',
    ],
    ['a bad zone', (d) => (d.zone = 'Nowhere'), 'zone', '不是 IANA 时区名（例如 Asia/Shanghai）'],
    [
      'a duplicate rule id',
      (d) => (rule(d, REFUND).id = 'card-void' as never),
      `rules[${REFUND}].id`,
      '规则编号 "card-void" 重复',
    ],
    ['no name', (d) => delete d.name, 'name', '必填'],
  ])('in Chinese: %s', (_name, mutate, path, message) => {
    const d = doc();
    mutate(d);
    const result = parseRuleSetJson(JSON.stringify(d), 'zh');
    expect(result.ok ? [] : result.errors).toContainEqual({ path, message });
  });
});

describe('validateRuleSet', () => {
  it('accepts an in-memory set and returns a value that is not the frozen original', () => {
    const result = validateRuleSet(cnPosDefault);
    expect(result.ok).toBe(true);
    const value = result.ok ? result.value : ({} as RuleSet);
    expect(value).toEqual(cnPosDefault);
    expect(Object.isFrozen(value)).toBe(false);
  });
});

describe('formatPath', () => {
  it.each<[PropertyKey[], string]>([
    [['rules', 3, 'window', 'n'], 'rules[3].window.n'],
    [['zone'], 'zone'],
    [[], ''],
    [[2], '[2]'],
    [['rules', 0, 'title', 'zh'], 'rules[0].title.zh'],
    [['odd key', 1], '["odd key"][1]'],
  ])('%j → %s', (path, text) => {
    expect(formatPath(path)).toBe(text);
  });
});
