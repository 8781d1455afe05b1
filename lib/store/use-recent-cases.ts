import { useLiveQuery } from 'dexie-react-hooks';
import { listCases } from '../db';
import type { CaseRecord } from '../schema/case';
import { logOnce } from '../errors';

/** How many of the most recently updated cases the panel lists. */
export const RECENT_LIMIT = 50;

/**
 * The most recently updated cases, read live: a write anywhere (this panel, another one, the options page's
 * import or restore) reads them again. Undefined until the first read is done.
 */
export function useRecentCases(): CaseRecord[] | undefined {
  return useLiveQuery(async () => {
    try {
      return await listCases({ limit: RECENT_LIMIT });
    } catch (e) {
      logOnce('The case list could not be read', e);
      return [];
    }
  }, []);
}
