import { describe, expect, it } from 'vitest';
import { cnPosDefault, evaluate } from '../../../lib/rules';
import type { Order } from '../../../lib/schema/order';
import { makeOrder, withoutFields } from '../../builders/order';

const SAME_DAY = new Date('2026-11-25T15:00:00+08:00');
const NEXT_DAY = new Date('2026-11-26T10:00:00+08:00');
const at = (iso: string, deltaSeconds = 0) => new Date(Date.parse(iso) + deltaSeconds * 1000);

describe('cn-pos-default: every row of the default table', () => {
  const rows: {
    name: string;
    order: Partial<Order>;
    now: Date;
    action: string;
    ruleId: string;
    deadline: string | null;
  }[] = [
    {
      name: 'result pending: query first',
      order: makeOrder({ status: 'pending' }),
      now: SAME_DAY,
      action: 'query',
      ruleId: 'guard-result-unknown',
      deadline: null,
    },
    {
      name: 'status not captured: query first',
      order: withoutFields(makeOrder(), 'status'),
      now: SAME_DAY,
      action: 'query',
      ruleId: 'guard-result-unknown',
      deadline: null,
    },
    {
      name: 'failed: nothing to cancel',
      order: makeOrder({ status: 'failed' }),
      now: SAME_DAY,
      action: 'not_needed',
      ruleId: 'guard-failed',
      deadline: null,
    },
    {
      name: 'already voided',
      order: makeOrder({ status: 'voided' }),
      now: SAME_DAY,
      action: 'not_allowed',
      ruleId: 'guard-voided',
      deadline: null,
    },
    {
      name: 'disputed by the cardholder: review, never a second refund',
      order: makeOrder({ status: 'disputed' }),
      now: SAME_DAY,
      action: 'manual_review',
      ruleId: 'guard-disputed',
      deadline: null,
    },
    {
      name: 'already refunded',
      order: makeOrder({ status: 'refunded', refundedMinor: 12_800, refundCount: 1 }),
      now: NEXT_DAY,
      action: 'not_allowed',
      ruleId: 'guard-fully-refunded',
      deadline: null,
    },
    {
      name: 'refunds add up to the amount',
      order: makeOrder({ status: 'partially_refunded', refundedMinor: 12_800, refundCount: 2 }),
      now: NEXT_DAY,
      action: 'not_allowed',
      ruleId: 'guard-fully-refunded',
      deadline: null,
    },
    {
      name: 'card sale, not settled: void until 23:00',
      order: makeOrder(),
      now: SAME_DAY,
      action: 'void',
      ruleId: 'card-void',
      deadline: '2026-11-25T23:00:00+08:00',
    },
    {
      name: 'card pre-auth completion, not settled: void',
      order: makeOrder({ transactionType: 'preauth_completion' }),
      now: SAME_DAY,
      action: 'void',
      ruleId: 'card-void',
      deadline: '2026-11-25T23:00:00+08:00',
    },
    {
      name: 'card sale, settled: refund for 11 months',
      order: makeOrder({ settled: true }),
      now: SAME_DAY,
      action: 'refund',
      ruleId: 'card-refund',
      deadline: '2027-10-25T14:03:27+08:00',
    },
    {
      name: 'card sale after the cut-off: refund',
      order: makeOrder(),
      now: NEXT_DAY,
      action: 'refund',
      ruleId: 'card-refund',
      deadline: '2027-10-25T14:03:27+08:00',
    },
    {
      name: 'card sale partly refunded: refund the rest',
      order: makeOrder({ status: 'partially_refunded', refundedMinor: 800, refundCount: 1 }),
      now: SAME_DAY,
      action: 'refund',
      ruleId: 'card-refund',
      deadline: '2027-10-25T14:03:27+08:00',
    },
    {
      name: 'card pre-auth: cancel until 23:00',
      order: makeOrder({ transactionType: 'preauth' }),
      now: SAME_DAY,
      action: 'preauth_cancel',
      ruleId: 'card-preauth-cancel',
      deadline: '2026-11-25T23:00:00+08:00',
    },
    {
      name: 'card pre-auth after the cut-off: manual review for 30 days',
      order: makeOrder({ transactionType: 'preauth' }),
      now: NEXT_DAY,
      action: 'manual_review',
      ruleId: 'card-preauth-expiry',
      deadline: '2026-12-25T14:03:27+08:00',
    },
    {
      name: 'UnionPay QR, not settled: void until 23:00',
      order: makeOrder({ paymentMethod: 'unionpay_qr' }),
      now: SAME_DAY,
      action: 'void',
      ruleId: 'qr-void',
      deadline: '2026-11-25T23:00:00+08:00',
    },
    {
      name: 'UnionPay QR after the cut-off: refund for 11 months',
      order: makeOrder({ paymentMethod: 'unionpay_qr' }),
      now: NEXT_DAY,
      action: 'refund',
      ruleId: 'qr-refund',
      deadline: '2027-10-25T14:03:27+08:00',
    },
    {
      name: 'WeChat Pay: refund for 365 days',
      order: makeOrder({ paymentMethod: 'wechat' }),
      now: SAME_DAY,
      action: 'refund',
      ruleId: 'wechat-refund',
      deadline: '2027-11-25T14:03:27+08:00',
    },
    {
      name: 'Alipay: refund for 12 months',
      order: makeOrder({ paymentMethod: 'alipay' }),
      now: SAME_DAY,
      action: 'refund',
      ruleId: 'alipay-refund',
      deadline: '2027-11-25T14:03:27+08:00',
    },
    {
      name: 'cash, same day: void the record until midnight',
      order: makeOrder({ paymentMethod: 'cash' }),
      now: SAME_DAY,
      action: 'void',
      ruleId: 'cash-void',
      deadline: '2026-11-26T00:00:00+08:00',
    },
    {
      name: 'cash, next day: cash refund for 30 days',
      order: makeOrder({ paymentMethod: 'cash' }),
      now: NEXT_DAY,
      action: 'refund',
      ruleId: 'cash-refund',
      deadline: '2026-12-25T14:03:27+08:00',
    },
    {
      name: 'other payment method: manual review',
      order: makeOrder({ paymentMethod: 'other' }),
      now: SAME_DAY,
      action: 'manual_review',
      ruleId: 'adjustment-request',
      deadline: null,
    },
  ];
  it.each(rows)('$name', ({ order, now, action, ruleId, deadline }) => {
    const verdict = evaluate(order, cnPosDefault, now);
    expect({ action: verdict.action, ruleId: verdict.ruleId, deadline: verdict.deadline }).toEqual({
      action,
      ruleId,
      deadline,
    });
  });
});

describe('cn-pos-default: one second before, at and after each deadline', () => {
  const windows = [
    {
      ruleId: 'card-void',
      action: 'void',
      order: makeOrder(),
      deadline: '2026-11-25T23:00:00+08:00',
      then: 'card-refund',
    },
    {
      ruleId: 'card-refund',
      action: 'refund',
      order: makeOrder({ settled: true }),
      deadline: '2027-10-25T14:03:27+08:00',
      then: 'adjustment-request',
    },
    {
      ruleId: 'card-preauth-cancel',
      action: 'preauth_cancel',
      order: makeOrder({ transactionType: 'preauth' }),
      deadline: '2026-11-25T23:00:00+08:00',
      then: 'card-preauth-expiry',
    },
    {
      ruleId: 'card-preauth-expiry',
      action: 'manual_review',
      order: makeOrder({ transactionType: 'preauth' }),
      deadline: '2026-12-25T14:03:27+08:00',
      then: 'adjustment-request',
    },
    {
      ruleId: 'qr-void',
      action: 'void',
      order: makeOrder({ paymentMethod: 'unionpay_qr' }),
      deadline: '2026-11-25T23:00:00+08:00',
      then: 'qr-refund',
    },
    {
      ruleId: 'qr-refund',
      action: 'refund',
      order: makeOrder({ paymentMethod: 'unionpay_qr', settled: true }),
      deadline: '2027-10-25T14:03:27+08:00',
      then: 'adjustment-request',
    },
    {
      ruleId: 'wechat-refund',
      action: 'refund',
      order: makeOrder({ paymentMethod: 'wechat' }),
      deadline: '2027-11-25T14:03:27+08:00',
      then: 'adjustment-request',
    },
    {
      ruleId: 'alipay-refund',
      action: 'refund',
      order: makeOrder({ paymentMethod: 'alipay' }),
      deadline: '2027-11-25T14:03:27+08:00',
      then: 'adjustment-request',
    },
    {
      ruleId: 'cash-void',
      action: 'void',
      order: makeOrder({ paymentMethod: 'cash' }),
      deadline: '2026-11-26T00:00:00+08:00',
      then: 'cash-refund',
    },
    {
      ruleId: 'cash-refund',
      action: 'refund',
      order: makeOrder({ paymentMethod: 'cash' }),
      deadline: '2026-12-25T14:03:27+08:00',
      then: 'adjustment-request',
    },
  ];
  const cases = windows.flatMap((w) => [
    { ...w, moment: 'one second before', delta: -1, expected: w.ruleId },
    { ...w, moment: 'at', delta: 0, expected: w.then },
    { ...w, moment: 'one second after', delta: 1, expected: w.then },
  ]);
  it.each(cases)('$ruleId $moment $deadline -> $expected', ({ order, deadline, delta, expected, ruleId, action }) => {
    const verdict = evaluate(order, cnPosDefault, at(deadline, delta));
    expect(verdict.ruleId).toBe(expected);
    if (delta < 0) expect({ action: verdict.action, deadline: verdict.deadline }).toEqual({ action, deadline });
    else
      expect(verdict.trace.find((t) => t.ruleId === ruleId)?.reason).toEqual({
        code: 'window_closed',
        params: { ruleId, action, zone: 'Asia/Shanghai', closedAt: deadline },
      });
  });
});

describe('cn-pos-default: Beijing cut-off for the payment time', () => {
  it.each([
    {
      paidAt: '2026-11-25T22:59:59+08:00',
      now: '2026-11-25T22:59:59.500+08:00',
      action: 'void',
      deadline: '2026-11-25T23:00:00+08:00',
    },
    {
      paidAt: '2026-11-25T23:00:00+08:00',
      now: '2026-11-25T23:00:01+08:00',
      action: 'void',
      deadline: '2026-11-26T23:00:00+08:00',
    },
    {
      paidAt: '2026-11-25T23:30:00+08:00',
      now: '2026-11-26T08:00:00+08:00',
      action: 'void',
      deadline: '2026-11-26T23:00:00+08:00',
    },
    {
      paidAt: '2026-11-25T15:30:00Z',
      now: '2026-11-25T16:00:00Z',
      action: 'void',
      deadline: '2026-11-26T23:00:00+08:00',
    },
    {
      paidAt: '2026-11-25T14:30:00Z',
      now: '2026-11-25T15:00:00Z',
      action: 'refund',
      deadline: '2027-10-25T22:30:00+08:00',
    },
  ])('paid $paidAt, now $now: $action until $deadline', ({ paidAt, now, action, deadline }) => {
    const verdict = evaluate(makeOrder({ paidAt }), cnPosDefault, new Date(now));
    expect({ action: verdict.action, deadline: verdict.deadline }).toEqual({ action, deadline });
  });
});
