import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultRuleSets, evaluate, RuleSet, Verdict } from '../../../lib/rules';
import { ORDER_KEYS, Order, OrderStatus, PaymentMethod, TransactionType } from '../../../lib/schema/order';

// Zones with unusual transitions: half-hour DST (Lord Howe), DST at midnight (Santiago), 45-minute offsets.
const ZONES = [
  'Asia/Shanghai',
  'America/New_York',
  'Europe/London',
  'Australia/Lord_Howe',
  'America/Santiago',
  'Asia/Kathmandu',
  'UTC',
];
const OFFSETS = ['Z', '+08:00', '-05:00', '+05:45', '-03:30', '+14:00'];

/** An ISO instant text with one of several offsets, as portals and captures write them. */
const instantText = (min: string, max: string) =>
  fc
    .tuple(fc.date({ min: new Date(min), max: new Date(max), noInvalidDate: true }), fc.constantFrom(...OFFSETS))
    .map(([date, offset]) => {
      if (offset === 'Z') return date.toISOString();
      const minutes =
        (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
      return new Date(date.getTime() + minutes * 60_000).toISOString().slice(0, -1) + offset;
    });

const money = fc.integer({ min: 0, max: 10_000_000_000 });
const order: fc.Arbitrary<Partial<Order>> = fc.record(
  {
    orderNo: fc.string({ minLength: 1, maxLength: 20 }),
    terminalId: fc.stringMatching(/^\d{8}$/),
    voucherNo: fc.stringMatching(/^\d{6}$/),
    referenceNo: fc.stringMatching(/^\d{12}$/),
    authCode: fc.stringMatching(/^[A-Z0-9]{6}$/),
    transactionType: fc.constantFrom(...TransactionType.options),
    paymentMethod: fc.constantFrom(...PaymentMethod.options),
    amountMinor: money,
    currency: fc.constantFrom('CNY', 'USD', 'EUR'),
    refundedMinor: money,
    refundCount: fc.integer({ min: 0, max: 60 }),
    paidAt: fc.oneof(instantText('1970-01-02', '2100-01-01'), instantText('0001-01-02', '9999-12-30')),
    status: fc.constantFrom(...OrderStatus.options),
    settled: fc.boolean(),
  },
  { requiredKeys: [] },
);

const ruleSet = fc.oneof(
  fc.constantFrom(...defaultRuleSets),
  fc
    .tuple(fc.constantFrom(...defaultRuleSets), fc.constantFrom(...ZONES))
    .map(([set, zone]) => ({ ...structuredClone(set), zone })),
);
const now = fc.date({ min: new Date('1970-01-01'), max: new Date('9999-12-31'), noInvalidDate: true });
const nearNow = fc.date({ min: new Date('2020-01-01'), max: new Date('2032-01-01'), noInvalidDate: true });
const context = fc.record(
  { editedFields: fc.array(fc.constantFrom(...ORDER_KEYS)), requestedAmountMinor: fc.oneof(fc.integer(), fc.double()) },
  { requiredKeys: [] },
);

describe('evaluate properties', () => {
  it('any valid order at any time gives a schema-valid verdict whose deadline is after the payment and still ahead', () => {
    fc.assert(
      fc.property(order, ruleSet, fc.oneof(now, nearNow), context, (o, set, at, ctx) => {
        expect(Order.partial().safeParse(o).success).toBe(true);
        const verdict = evaluate(o, set, at, ctx);
        expect(Verdict.safeParse(verdict).success).toBe(true);
        expect(verdict.trace.map((t) => t.ruleId)).toEqual(set.rules.map((r) => r.id));
        if (verdict.deadline !== null) {
          expect(o.paidAt).toBeDefined();
          const deadline = Temporal.Instant.from(verdict.deadline);
          expect(Temporal.Instant.compare(deadline, Temporal.Instant.from(o.paidAt ?? ''))).toBe(1);
          expect(deadline.epochMilliseconds).toBeGreaterThan(at.getTime());
          expect(verdict.deadline).not.toContain('[');
        }
      }),
      { numRuns: 400 },
    );
  });

  it('a verdict is plain data and does not depend on the rule set object', () => {
    fc.assert(
      fc.property(order, ruleSet, nearNow, (o, set, at) => {
        const verdict = evaluate(o, set, at);
        expect(JSON.parse(JSON.stringify(verdict))).toEqual(verdict);
        expect(evaluate(o, RuleSet.parse(JSON.parse(JSON.stringify(set))), at)).toEqual(verdict);
      }),
      { numRuns: 150 },
    );
  });

  it('never throws on whatever a broken capture hands it', () => {
    const junk = fc.dictionary(fc.constantFrom(...ORDER_KEYS, 'extra'), fc.anything());
    fc.assert(
      fc.property(junk, ruleSet, nearNow, (o, set, at) => {
        const verdict = evaluate(o as Partial<Order>, set, at);
        expect(Verdict.safeParse(verdict).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
