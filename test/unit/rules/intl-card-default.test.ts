import { describe, expect, it } from 'vitest';
import { evaluate, intlCardDefault } from '../../../lib/rules';
import { makeOrder } from '../../builders/order';

const usd = (overrides: Parameters<typeof makeOrder>[0] = {}) =>
  makeOrder({ currency: 'USD', amountMinor: 4_999, ...overrides });
const at = (iso: string, deltaSeconds = 0) => new Date(Date.parse(iso) + deltaSeconds * 1000);

describe('intl-card-default (America/New_York)', () => {
  it.each([
    {
      name: 'authorization: cancel within 7 days',
      order: usd({ transactionType: 'preauth', paidAt: '2026-06-01T10:00:00-04:00' }),
      now: '2026-06-03T10:00:00-04:00',
      action: 'preauth_cancel',
      ruleId: 'card-auth-cancel',
      deadline: '2026-06-08T10:00:00-04:00',
    },
    {
      name: 'captured sale: refund within a year',
      order: usd({ paidAt: '2026-06-01T10:00:00-04:00' }),
      now: '2026-06-01T10:05:00-04:00',
      action: 'refund',
      ruleId: 'card-refund',
      deadline: '2027-06-01T10:00:00-04:00',
    },
    {
      name: 'captured completion: refund within a year',
      order: usd({ transactionType: 'preauth_completion', paidAt: '2026-01-10T18:00:00-05:00' }),
      now: '2026-02-01T10:00:00-05:00',
      action: 'refund',
      ruleId: 'card-refund',
      deadline: '2027-01-10T18:00:00-05:00',
    },
    {
      name: '19 refunds so far: one more allowed',
      order: usd({
        status: 'partially_refunded',
        refundedMinor: 1_900,
        refundCount: 19,
        paidAt: '2026-06-01T10:00:00-04:00',
      }),
      now: '2026-07-01T10:00:00-04:00',
      action: 'refund',
      ruleId: 'card-refund',
      deadline: '2027-06-01T10:00:00-04:00',
    },
    {
      name: '20 refunds so far: provider review',
      order: usd({
        status: 'partially_refunded',
        refundedMinor: 2_000,
        refundCount: 20,
        paidAt: '2026-06-01T10:00:00-04:00',
      }),
      now: '2026-07-01T10:00:00-04:00',
      action: 'manual_review',
      ruleId: 'provider-review',
      deadline: null,
    },
    {
      name: 'WeChat Pay has no rule here',
      order: usd({ paymentMethod: 'wechat', paidAt: '2026-06-01T10:00:00-04:00' }),
      now: '2026-06-01T11:00:00-04:00',
      action: 'manual_review',
      ruleId: 'provider-review',
      deadline: null,
    },
    {
      name: 'pending: query first',
      order: usd({ status: 'pending' }),
      now: '2026-06-01T11:00:00-04:00',
      action: 'query',
      ruleId: 'guard-result-unknown',
      deadline: null,
    },
  ])('$name', ({ order, now, action, ruleId, deadline }) => {
    const verdict = evaluate(order, intlCardDefault, new Date(now));
    expect({ action: verdict.action, ruleId: verdict.ruleId, deadline: verdict.deadline }).toEqual({
      action,
      ruleId,
      deadline,
    });
  });

  // Spring forward on 8 March 2026: the 7-day hold keeps its wall time, so it is 167 real hours long.
  const authorization = usd({ transactionType: 'preauth', paidAt: '2026-03-05T10:00:00-05:00' });
  const DEADLINE = '2026-03-12T10:00:00-04:00';
  it.each([
    { moment: 'one second before', delta: -1, action: 'preauth_cancel', ruleId: 'card-auth-cancel' },
    { moment: 'at', delta: 0, action: 'manual_review', ruleId: 'provider-review' },
    { moment: 'one second after', delta: 1, action: 'manual_review', ruleId: 'provider-review' },
  ])('authorization across the DST change, $moment the deadline', ({ delta, action, ruleId }) => {
    const verdict = evaluate(authorization, intlCardDefault, at(DEADLINE, delta));
    expect({ action: verdict.action, ruleId: verdict.ruleId }).toEqual({ action, ruleId });
    if (delta < 0) expect(verdict.deadline).toBe(DEADLINE);
  });

  it('168 hours after an authorization made before spring forward is already too late', () => {
    expect(Date.parse(DEADLINE) - Date.parse('2026-03-05T10:00:00-05:00')).toBe(167 * 3600 * 1000);
    expect(evaluate(authorization, intlCardDefault, at('2026-03-05T10:00:00-05:00', 167.5 * 3600)).action).toBe(
      'manual_review',
    );
  });

  it.each([
    { amountMinor: 99_999, over: false },
    { amountMinor: 100_000, over: true },
  ])('escalation threshold $1,000.00: $amountMinor -> $over', ({ amountMinor, over }) => {
    const verdict = evaluate(
      usd({ amountMinor, paidAt: '2026-06-01T10:00:00-04:00' }),
      intlCardDefault,
      new Date('2026-06-02T10:00:00-04:00'),
    );
    expect(verdict.requiredEvidence.includes('supervisor_approval')).toBe(over);
  });
});
