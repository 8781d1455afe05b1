import { describe, expect, it } from 'vitest';
import { cnPosDefault, evaluate, type EvaluateContext } from '../../../lib/rules';
import type { Order } from '../../../lib/schema/order';
import type { RuleSet } from '../../../lib/schema/rule-set';
import { makeOrder, withoutFields } from '../../builders/order';

const SAME_DAY = new Date('2026-11-25T15:00:00+08:00');
const NEXT_DAY = new Date('2026-11-26T10:00:00+08:00');
const warningCodes = (order: Partial<Order>, now = SAME_DAY, context?: EvaluateContext) =>
  evaluate(order, cnPosDefault, now, context).warnings.map((w) => `${w.code}:${w.params.field ?? ''}`);

describe('evaluate with missing data', () => {
  it.each([
    {
      name: 'no payment time',
      order: withoutFields(makeOrder(), 'paidAt'),
      action: 'manual_review',
      ruleId: 'adjustment-request',
      reason: 'paid_at_missing',
      missing: ['paidAt'],
    },
    {
      name: 'an unreadable payment time',
      order: makeOrder({ paidAt: 'yesterday' }),
      action: 'manual_review',
      ruleId: 'adjustment-request',
      reason: 'paid_at_implausible',
      missing: ['paidAt'],
    },
    {
      name: 'a payment time in 1900',
      order: makeOrder({ paidAt: '1900-01-01T10:00:00+08:00' }),
      action: 'manual_review',
      ruleId: 'adjustment-request',
      reason: 'paid_at_implausible',
      missing: ['paidAt'],
    },
    {
      name: 'no payment time on a failed order (guards first)',
      order: withoutFields(makeOrder({ status: 'failed' }), 'paidAt'),
      action: 'not_needed',
      ruleId: 'guard-failed',
      reason: 'rule_applies',
      missing: [],
    },
    {
      name: 'no order number',
      order: withoutFields(makeOrder(), 'orderNo'),
      action: 'void',
      ruleId: 'card-void',
      reason: 'window_open',
      missing: [],
    },
    {
      name: 'nothing at all',
      order: {},
      action: 'query',
      ruleId: 'guard-result-unknown',
      reason: 'rule_applies',
      missing: ['orderNo', 'status'],
    },
    {
      name: 'no payment method',
      order: withoutFields(makeOrder(), 'paymentMethod'),
      action: 'manual_review',
      ruleId: 'adjustment-request',
      reason: 'no_rule_matched',
      missing: ['paymentMethod'],
    },
    {
      name: 'no voucher number for a void',
      order: withoutFields(makeOrder(), 'voucherNo', 'terminalId'),
      action: 'void',
      ruleId: 'card-void',
      reason: 'window_open',
      missing: ['terminalId', 'voucherNo'],
    },
    {
      name: 'no amount',
      order: withoutFields(makeOrder(), 'amountMinor'),
      action: 'void',
      ruleId: 'card-void',
      reason: 'window_open',
      missing: ['amountMinor'],
    },
  ])('$name -> $action ($reason)', ({ order, action, ruleId, reason, missing }) => {
    const verdict = evaluate(order, cnPosDefault, SAME_DAY);
    expect({
      action: verdict.action,
      ruleId: verdict.ruleId,
      reason: verdict.reason.code,
      missing: verdict.missingFields,
    }).toEqual({
      action,
      ruleId,
      reason,
      missing,
    });
    for (const field of missing) expect(verdict.warnings).toContainEqual({ code: 'field_missing', params: { field } });
    if (reason.startsWith('paid_at')) expect(verdict.deadline).toBeNull();
  });

  it.each([
    {
      name: 'unknown settled counts as not settled',
      order: withoutFields(makeOrder(), 'settled'),
      ruleId: 'card-void',
      assumed: 'settled',
    },
    {
      name: 'missing transaction type is a sale',
      order: withoutFields(makeOrder(), 'transactionType'),
      ruleId: 'card-void',
      assumed: 'transactionType',
    },
    {
      name: 'missing refund count is 0',
      order: withoutFields(makeOrder({ paymentMethod: 'wechat' }), 'refundCount'),
      ruleId: 'wechat-refund',
      assumed: 'refundCount',
    },
    {
      name: 'missing refunded amount is 0',
      order: withoutFields(makeOrder({ settled: true }), 'refundedMinor'),
      ruleId: 'card-refund',
      assumed: 'refundedMinor',
    },
  ])('$name', ({ order, ruleId, assumed }) => {
    const verdict = evaluate(order, cnPosDefault, SAME_DAY);
    expect(verdict.ruleId).toBe(ruleId);
    expect(verdict.warnings.filter((w) => w.code === 'field_assumed').map((w) => w.params.field)).toContain(assumed);
  });

  it('a missing refunded amount leaves the whole amount to refund', () => {
    expect(
      evaluate(withoutFields(makeOrder({ settled: true }), 'refundedMinor'), cnPosDefault, SAME_DAY).maxAmountMinor,
    ).toBe(12_800);
  });
});

describe('evaluate amounts', () => {
  it.each([
    { name: 'void: full amount only', order: makeOrder(), now: SAME_DAY, max: 12_800, full: true },
    {
      name: 'refund: amount minus refunded',
      order: makeOrder({ status: 'partially_refunded', refundedMinor: 2_500, refundCount: 1 }),
      now: NEXT_DAY,
      max: 10_300,
      full: false,
    },
    {
      name: 'WeChat: remainder after 49 refunds',
      order: makeOrder({
        paymentMethod: 'wechat',
        status: 'partially_refunded',
        refundedMinor: 4_900,
        refundCount: 49,
      }),
      now: NEXT_DAY,
      max: 7_900,
      full: false,
    },
    {
      name: 'guard: no amount applies',
      order: makeOrder({ status: 'pending' }),
      now: SAME_DAY,
      max: null,
      full: false,
    },
  ])('$name', ({ order, now, max, full }) => {
    const verdict = evaluate(order, cnPosDefault, now);
    expect({ max: verdict.maxAmountMinor, full: verdict.fullAmountOnly }).toEqual({ max, full });
  });

  it('WeChat refund-count limit: the 50th refund is not allowed by the rule', () => {
    const verdict = evaluate(
      makeOrder({ paymentMethod: 'wechat', status: 'partially_refunded', refundedMinor: 5_000, refundCount: 50 }),
      cnPosDefault,
      NEXT_DAY,
    );
    expect({ action: verdict.action, reason: verdict.reason.code }).toEqual({
      action: 'manual_review',
      reason: 'no_rule_matched',
    });
    expect(verdict.trace.find((t) => t.ruleId === 'wechat-refund')).toEqual({
      ruleId: 'wechat-refund',
      matched: false,
      reason: { code: 'refund_count_limit', params: { count: 50, limit: 50 } },
    });
  });

  it.each([
    {
      name: 'a partial refund within the remainder',
      order: makeOrder({ refundedMinor: 2_500 }),
      now: NEXT_DAY,
      requested: 10_300,
      codes: [],
    },
    {
      name: 'a partial refund over the remainder',
      order: makeOrder({ refundedMinor: 2_500 }),
      now: NEXT_DAY,
      requested: 10_301,
      codes: ['requested_over_max'],
    },
    { name: 'a partial void', order: makeOrder(), now: SAME_DAY, requested: 5_000, codes: ['partial_not_allowed'] },
    { name: 'a negative amount', order: makeOrder(), now: NEXT_DAY, requested: -1, codes: ['requested_invalid'] },
    { name: 'a fractional amount', order: makeOrder(), now: NEXT_DAY, requested: 10.5, codes: ['requested_invalid'] },
  ])('requested amount: $name', ({ order, now, requested, codes }) => {
    const verdict = evaluate(order, cnPosDefault, now, { requestedAmountMinor: requested });
    const amountCodes = ['requested_over_max', 'partial_not_allowed', 'requested_invalid'];
    expect(verdict.warnings.map((w) => w.code).filter((c) => amountCodes.includes(c))).toEqual(codes);
  });
});

describe('evaluate escalation threshold (¥5,000.00)', () => {
  it.each([
    {
      name: 'refund just under',
      order: makeOrder({ settled: true, amountMinor: 499_999 }),
      requested: undefined,
      over: false,
    },
    {
      name: 'refund at the threshold',
      order: makeOrder({ settled: true, amountMinor: 500_000 }),
      requested: undefined,
      over: true,
    },
    {
      name: 'refund above the threshold',
      order: makeOrder({ settled: true, amountMinor: 800_000 }),
      requested: undefined,
      over: true,
    },
    {
      name: 'small partial refund of a large order',
      order: makeOrder({ settled: true, amountMinor: 800_000 }),
      requested: 100_000,
      over: false,
    },
    {
      name: 'remainder under the threshold',
      order: makeOrder({ settled: true, amountMinor: 600_000, refundedMinor: 200_000 }),
      requested: undefined,
      over: false,
    },
    {
      name: 'WeChat refund at the threshold',
      order: makeOrder({ paymentMethod: 'wechat', amountMinor: 500_000 }),
      requested: undefined,
      over: true,
    },
  ])('$name', ({ order, requested, over }) => {
    const verdict = evaluate(order, cnPosDefault, SAME_DAY, { requestedAmountMinor: requested });
    expect(verdict.requiredEvidence.includes('supervisor_approval')).toBe(over);
    expect(verdict.warnings.some((w) => w.code === 'over_threshold')).toBe(over);
  });

  it('a void at the threshold lists supervisor approval once and warns', () => {
    const verdict = evaluate(makeOrder({ amountMinor: 500_000 }), cnPosDefault, SAME_DAY);
    expect(verdict.requiredEvidence).toEqual(['receipt', 'supervisor_approval']);
    expect(verdict.warnings).toContainEqual({
      code: 'over_threshold',
      params: { amountMinor: 500_000, thresholdMinor: 500_000, currency: 'CNY' },
    });
  });

  it('WeChat evidence is the customer communication, plus approval over the threshold', () => {
    const verdict = evaluate(makeOrder({ paymentMethod: 'wechat', amountMinor: 600_000 }), cnPosDefault, SAME_DAY);
    expect(verdict.requiredEvidence).toEqual(['customer_communication', 'supervisor_approval']);
  });
});

describe('evaluate warnings', () => {
  // The card void closes at 2026-11-25T23:00:00+08:00.
  it.each([
    { now: '2026-11-25T20:59:59+08:00', soon: false },
    { now: '2026-11-25T21:00:00+08:00', soon: false },
    { now: '2026-11-25T21:00:01+08:00', soon: true },
    { now: '2026-11-25T22:59:59+08:00', soon: true },
  ])('deadline soon at $now: $soon', ({ now, soon }) => {
    expect(warningCodes(makeOrder(), new Date(now)).includes('deadline_soon:')).toBe(soon);
  });

  it('fields edited by hand are warned once each; unknown keys are ignored', () => {
    const codes = warningCodes(makeOrder(), SAME_DAY, {
      editedFields: ['amountMinor', 'paidAt', 'amountMinor', 'bogus' as 'paidAt'],
    });
    expect(codes.filter((c) => c.startsWith('edited_by_hand'))).toEqual([
      'edited_by_hand:amountMinor',
      'edited_by_hand:paidAt',
    ]);
  });
});

describe('evaluate trace', () => {
  it('has one line per rule, in rule order', () => {
    const verdict = evaluate(makeOrder(), cnPosDefault, SAME_DAY);
    expect(verdict.trace.map((t) => t.ruleId)).toEqual(cnPosDefault.rules.map((r) => r.id));
  });

  it('marks later matching rules as shadowed by the deciding rule', () => {
    const verdict = evaluate(makeOrder(), cnPosDefault, SAME_DAY);
    expect(verdict.trace.find((t) => t.ruleId === 'card-refund')).toEqual({
      ruleId: 'card-refund',
      matched: true,
      reason: { code: 'shadowed', params: { by: 'card-void' } },
    });
  });

  it('when every window has closed, names the one that closed last', () => {
    const verdict = evaluate(makeOrder(), cnPosDefault, new Date('2028-01-01T00:00:00+08:00'));
    expect(verdict.action).toBe('manual_review');
    expect(verdict.reason).toEqual({
      code: 'window_closed',
      params: { ruleId: 'card-refund', action: 'refund', zone: 'Asia/Shanghai', closedAt: '2027-10-25T14:03:27+08:00' },
    });
    expect(verdict.trace.filter((t) => t.reason.code === 'window_closed').map((t) => t.ruleId)).toEqual([
      'card-void',
      'card-refund',
    ]);
    expect(verdict.requiredEvidence).toEqual(['adjustment_form', 'receipt']);
  });
});

describe('evaluate output', () => {
  it.each([
    { paidAt: '2026-11-25T06:03:27Z', deadline: '2026-11-25T23:00:00+08:00' },
    { paidAt: '2026-11-25T01:03:27-05:00', deadline: '2026-11-25T23:00:00+08:00' },
  ])('deadline of a payment given as $paidAt carries the Beijing offset and no zone name', ({ paidAt, deadline }) => {
    expect(evaluate(makeOrder({ paidAt }), cnPosDefault, SAME_DAY).deadline).toBe(deadline);
  });

  it('keeps sub-second payment times in day windows', () => {
    const verdict = evaluate(
      makeOrder({ paidAt: '2026-11-25T14:03:27.123456+08:00', paymentMethod: 'cash' }),
      cnPosDefault,
      NEXT_DAY,
    );
    expect(verdict.deadline).toBe('2026-12-25T14:03:27.123456+08:00');
  });

  it('names the rule set, the rule, its title, contact and source', () => {
    const verdict = evaluate(makeOrder(), cnPosDefault, SAME_DAY);
    const rule = cnPosDefault.rules.find((r) => r.id === 'card-void');
    expect(verdict).toMatchObject({
      ruleSetId: 'cn-pos-default',
      ruleSetVersion: 1,
      zone: 'Asia/Shanghai',
      evaluatedAt: '2026-11-25T07:00:00.000Z',
      title: rule?.title,
      contact: rule?.contact,
      source: rule?.source,
      currency: 'CNY',
    });
  });

  it.each([
    {
      name: 'an unknown zone',
      ruleSet: { ...cnPosDefault, zone: 'Mars/Olympus' },
      now: SAME_DAY,
      reason: 'rule_set_invalid',
    },
    {
      name: 'a rule set without rules',
      ruleSet: { ...cnPosDefault, rules: [] },
      now: SAME_DAY,
      reason: 'rule_set_invalid',
    },
    { name: 'an invalid clock', ruleSet: cnPosDefault, now: new Date(NaN), reason: 'clock_invalid' },
  ])('does not throw on $name', ({ ruleSet, now, reason }) => {
    const verdict = evaluate(makeOrder(), ruleSet as RuleSet, now);
    expect({ action: verdict.action, reason: verdict.reason.code }).toEqual({ action: 'manual_review', reason });
  });
});

describe('evaluate with an edited copy of a rule set', () => {
  const copy: RuleSet = structuredClone(cnPosDefault);
  copy.id = 'cn-pos-large';
  copy.rules.splice(5, 0, {
    id: 'large-card-review',
    title: { zh: '大额交易人工审核', en: 'Large card payments: manual review' },
    match: { paymentMethods: ['card'], amountMinor: { atLeast: 1_000_000 }, currency: 'CNY' },
    action: 'manual_review',
    window: { kind: 'none' },
    amount: 'none',
    requiredEvidence: ['screenshot'],
    requiredFields: [],
    source: 'house rule',
  });

  it.each([
    { amountMinor: 999_999, currency: 'CNY', ruleId: 'card-void' },
    { amountMinor: 1_000_000, currency: 'CNY', ruleId: 'large-card-review' },
    { amountMinor: 1_000_000, currency: 'USD', ruleId: 'card-void' },
  ])('amount $amountMinor $currency -> $ruleId', ({ amountMinor, currency, ruleId }) => {
    expect(evaluate(makeOrder({ amountMinor, currency }), copy, SAME_DAY).ruleId).toBe(ruleId);
  });

  it('a copy in another zone moves the cut-off with it', () => {
    const london: RuleSet = { ...structuredClone(cnPosDefault), id: 'uk-copy', zone: 'Europe/London' };
    // 14:03:27 Beijing is 06:03:27 in London; the void closes at 23:00 London time.
    expect(evaluate(makeOrder(), london, SAME_DAY).deadline).toBe('2026-11-25T23:00:00+00:00');
  });
});
