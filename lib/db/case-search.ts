import type { CaseRecord } from '../schema/case';

/**
 * Longest search key. A query up to this long is answered by the index alone; a longer one narrows by its
 * first SEARCH_KEY_LENGTH characters and is then checked against the whole search text.
 */
export const SEARCH_KEY_LENGTH = 32;

/** A case's row in the search table. */
export interface CaseSearchRow {
  /** The case id. */
  id: string;
  /** The case's search text, as on the case. */
  search: string;
  /** Every suffix of the search text, cut to SEARCH_KEY_LENGTH: "contains q" becomes "a key starts with q". */
  keys: string[];
}

/** The search row of a case, derived from its search text. */
export function caseSearchRow(c: Pick<CaseRecord, 'id' | 'search'>): CaseSearchRow {
  const keys = new Set<string>();
  for (let i = 0; i < c.search.length; i++) keys.add(c.search.slice(i, i + SEARCH_KEY_LENGTH));
  return { id: c.id, search: c.search, keys: [...keys] };
}
