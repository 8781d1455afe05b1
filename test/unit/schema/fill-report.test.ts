import { describe, expect, it } from 'vitest';
import { readLoggedFillReport } from '../../../lib/schema/fill-report';
import { makeLoggedFillReport, makeOutcome } from '../../builders/fill-report';

const report = makeLoggedFillReport({
  outcomes: [
    makeOutcome('orderNo', 'filled', { label: '原订单编号', value: 'T1' }),
    makeOutcome('reason', 'failed', { reason: 'no_option', seen: ['Other'] }),
  ],
  left: [{ kind: 'submit', label: '提交' }],
});

describe('readLoggedFillReport', () => {
  it.each([
    ['a logged report', report, report],
    [
      'a report stopped by a conflict',
      { ...report, outcomes: [], conflict: { key: 'orderNo', label: '订单号', pageValue: 'T9', caseValue: 'T1' } },
      { ...report, outcomes: [], conflict: { key: 'orderNo', label: '订单号', pageValue: 'T9', caseValue: 'T1' } },
    ],
    ['a report of another shape', { ok: true }, null],
    ['outcomes without their field', { url: '', outcomes: [{ outcome: 'filled' }] }, null],
    [
      'an outcome the filler never gives',
      { url: '', outcomes: [{ key: 'orderNo', label: '', outcome: 'done' }] },
      null,
    ],
    ['nothing', undefined, null],
  ])('reads %s', (_, raw, expected) => {
    expect(readLoggedFillReport(raw)).toEqual(expected);
  });
});
