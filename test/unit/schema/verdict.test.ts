import { describe, expect, it } from 'vitest';
import { cnPosDefault, evaluate, Verdict } from '../../../lib/rules';
import { makeOrder } from '../../builders/order';

const verdict = () => evaluate(makeOrder(), cnPosDefault, new Date('2026-11-25T15:00:00+08:00'));

describe('Verdict schema', () => {
  it('accepts what evaluate returns', () => {
    expect(Verdict.parse(verdict())).toEqual(verdict());
  });

  it.each([
    { name: 'a deadline with a bracketed zone', patch: { deadline: '2026-11-25T23:00:00+08:00[Asia/Shanghai]' } },
    { name: 'a deadline without an offset', patch: { deadline: '2026-11-25T23:00:00' } },
    { name: 'an unknown action', patch: { action: 'chargeback' } },
    { name: 'an unknown evidence kind', patch: { requiredEvidence: ['photo'] } },
    { name: 'an unknown missing field', patch: { missingFields: ['cvv'] } },
    { name: 'a negative maximum', patch: { maxAmountMinor: -1 } },
    { name: 'an unknown reason code', patch: { reason: { code: 'because', params: {} } } },
    { name: 'a boolean param', patch: { reason: { code: 'rule_applies', params: { ok: true } } } },
    { name: 'a nested param', patch: { warnings: [{ code: 'field_missing', params: { field: { key: 'paidAt' } } }] } },
    { name: 'an unknown warning code', patch: { warnings: [{ code: 'hurry', params: {} }] } },
  ])('rejects $name', ({ patch }) => {
    expect(Verdict.safeParse({ ...verdict(), ...patch }).success).toBe(false);
  });
});
