import { useEffect, useState } from 'react';
import { listCases, type CaseFilter } from '../db';
import type { CaseRecord, CaseStatus } from '../schema/case';
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

/** Cases matching a filter, most recently updated first; a store-free wrapper the list and exports share. */
export function searchCases(filter: CaseFilter): Promise<CaseRecord[]> {
  return listCases(filter);
}

/**
 * The cases matching a filter, re-read when the filter or `refreshKey` changes (pass something that changes
 * when cases do, such as the panel's case list). A null filter keeps the last results. Results count as
 * current only for the filter and the refresh key they were read for, so coming back to an earlier filter
 * after cases changed waits for the new read.
 */
export function useCaseSearch(
  filter: CaseFilter | null,
  refreshKey?: unknown,
): { cases: CaseRecord[]; loading: boolean } {
  const [state, setState] = useState<{ key: string; refreshKey: unknown; cases: CaseRecord[] }>({
    key: '',
    refreshKey: undefined,
    cases: [],
  });
  const key = filter ? JSON.stringify(filter) : null;
  useEffect(() => {
    if (key === null) return;
    let live = true;
    void searchCases(JSON.parse(key) as CaseFilter).then((cases) => {
      if (live) setState({ key, refreshKey, cases });
    });
    return () => {
      live = false;
    };
  }, [key, refreshKey]);
  return { cases: state.cases, loading: key !== null && (state.key !== key || state.refreshKey !== refreshKey) };
}
