import type { CaseFilter } from '../db';
import type { CaseStatus } from '../schema/case';
import type { VerdictAction } from '../schema/verdict';

/** The case filter as the agent types it. */
export interface CaseFilterForm {
  query: string;
  status: CaseStatus | '';
  action: VerdictAction | '';
  /** Hours as typed; empty for no deadline filter. */
  withinHours: string;
}

export const EMPTY_FILTER_FORM: CaseFilterForm = { query: '', status: '', action: '', withinHours: '' };

/** Reads the form into a store filter; the hours must be a positive number (decimals allowed). */
export function toCaseFilter(
  form: CaseFilterForm,
  limit?: number,
): { ok: true; filter: CaseFilter } | { ok: false; field: 'withinHours' } {
  const filter: CaseFilter = {};
  if (form.query.trim()) filter.query = form.query.trim();
  if (form.status) filter.status = [form.status];
  if (form.action) filter.action = [form.action];
  const hours = form.withinHours.trim();
  if (hours) {
    const n = Number(hours);
    if (!/^\d+(\.\d+)?$/.test(hours) || !(n > 0) || n > 24 * 366) return { ok: false, field: 'withinHours' };
    filter.deadlineWithinHours = n;
  }
  if (limit !== undefined) filter.limit = limit;
  return { ok: true, filter };
}
