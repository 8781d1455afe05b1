import { describe, expect, it } from 'vitest';
import { FillReport, FillRequest } from '../../../lib/schema/fill';
import { makeFillFile, makeFillRequest } from '../../builders/fill-request';

describe('FillRequest', () => {
  it('accepts a full request with files and pins', () => {
    expect(
      FillRequest.safeParse(
        makeFillRequest({}, { files: [makeFillFile()], pins: [{ key: 'orderNo', selector: '#f1' }] }),
      ).success,
    ).toBe(true);
  });

  it.each([
    // The zone itself is the panel's to check (lib/store/fill-request.ts): the page only gets its wall clock.
    ['a wall-clock time with an offset', { paidAtWall: '2026-11-25T14:03:27+08:00' }],
    ['a wall-clock time without seconds', { paidAtWall: '2026-11-25T14:03' }],
    ['a time without an offset', { paidAt: '2026-11-25T14:03:27' }],
    ['a fractional amount', { amountMinor: 128.5 }],
    ['a negative amount', { amountMinor: -1 }],
    ['an unknown request type', { requestType: 'chargeback' }],
    ['an unknown reason', { reason: 'fraud' }],
    ['a malformed email', { contactEmail: 'wang.li' }],
  ])('refuses %s', (_name, values) => {
    expect(FillRequest.safeParse(makeFillRequest(values as never)).success).toBe(false);
  });

  it('refuses a file that is not base64', () => {
    expect(
      FillRequest.safeParse(
        makeFillRequest({}, { files: [{ name: 'a.txt', type: 'text/plain', base64: 'not base64!' }] }),
      ).success,
    ).toBe(false);
  });
});

describe('FillReport', () => {
  it('refuses an undo entry without a locator', () => {
    const report = {
      outcomes: [],
      snapshot: {
        url: 'http://x/',
        entries: [{ kind: 'value', key: 'orderNo', label: '订单号', before: '', after: 'T1' }],
      },
    };
    expect(FillReport.safeParse(report).success).toBe(false);
  });
});
