import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER_FORM, toCaseFilter, type CaseFilterForm } from '../../../lib/case-log/case-filter-form';

const form = (over: Partial<CaseFilterForm>): CaseFilterForm => ({ ...EMPTY_FILTER_FORM, ...over });

describe('toCaseFilter', () => {
  it.each([
    [form({}), {}],
    [form({ query: '  2026112514  ' }), { query: '2026112514' }],
    [form({ status: 'under_review', action: 'refund' }), { status: ['under_review'], action: ['refund'] }],
    [form({ withinHours: '24' }), { deadlineWithinHours: 24 }],
    [form({ withinHours: ' 1.5 ' }), { deadlineWithinHours: 1.5 }],
  ])('%j → %j', (input, filter) => {
    expect(toCaseFilter(input)).toEqual({ ok: true, filter });
  });

  it('passes the limit on', () => {
    expect(toCaseFilter(form({}), 50)).toEqual({ ok: true, filter: { limit: 50 } });
  });

  it.each(['abc', '-3', '0', '1e3', '9999999', '2,5'])('refuses %j hours', (withinHours) => {
    expect(toCaseFilter(form({ withinHours }))).toEqual({ ok: false, field: 'withinHours' });
  });
});
