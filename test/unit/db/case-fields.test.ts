import { describe, expect, it } from 'vitest';
import { caseFieldState, caseOrder } from '../../../lib/db';
import type { Order } from '../../../lib/schema/order';
import { makeDraft, makeSource } from '../../builders/case';

const page = makeDraft({ amountMinor: 12_800, settled: false }, { amountMinor: makeSource({ text: '¥128.00' }) });

describe('caseOrder', () => {
  it('overlays the edits on the page values without touching the page', () => {
    const c = { page, edits: { amountMinor: 100, settled: true } satisfies Partial<Order> };
    expect(caseOrder(c)).toMatchObject({ orderNo: page.values.orderNo, amountMinor: 100, settled: true });
    expect(page.values.amountMinor).toBe(12_800);
  });
});

describe('caseFieldState', () => {
  it.each([
    ['an edited field', { amountMinor: 100 }, 'amountMinor', { value: 100, pageValue: 12_800, edited: true }],
    ['an edit to false', { settled: true }, 'settled', { value: true, pageValue: false, edited: true }],
    ['a page value', {}, 'amountMinor', { value: 12_800, pageValue: 12_800, edited: false }],
    [
      'an edit of a field the page lacked',
      { terminalId: 'T9' },
      'terminalId',
      { value: 'T9', pageValue: undefined, edited: true },
    ],
    ['a field nobody set', {}, 'batchNo', { value: undefined, pageValue: undefined, edited: false }],
  ] as const)('reports %s', (_name, edits, key, expected) => {
    expect(caseFieldState({ page, edits }, key)).toMatchObject(expected);
  });

  it('carries the page source of the field', () => {
    expect(caseFieldState({ page, edits: {} }, 'amountMinor').source?.text).toBe('¥128.00');
    expect(caseFieldState({ page, edits: {} }, 'batchNo')).not.toHaveProperty('source');
  });
});
