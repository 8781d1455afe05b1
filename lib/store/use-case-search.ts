import { useLiveQuery } from 'dexie-react-hooks';
import { listCases, type CaseFilter } from '../db';
import type { CaseRecord } from '../schema/case';
import { logOnce } from '../errors';

const NOTHING = { cases: [] as CaseRecord[], loading: false };

/**
 * The cases matching a filter, most recently updated first, read live: they are read again when the filter
 * or any case changes. Results count as current only for the filter they were read for, so changing the
 * filter waits for the new read. A null filter asks for nothing.
 */
export function useCaseSearch(filter: CaseFilter | null): { cases: CaseRecord[]; loading: boolean } {
  const key = filter ? JSON.stringify(filter) : null;
  const found = useLiveQuery(async () => {
    if (key === null) return null;
    try {
      return { key, cases: await listCases(JSON.parse(key) as CaseFilter) };
    } catch (e) {
      logOnce('The case search failed', e);
      return { key, cases: [] };
    }
  }, [key]);
  if (key === null) return NOTHING;
  return found?.key === key ? { cases: found.cases, loading: false } : { cases: found?.cases ?? [], loading: true };
}
