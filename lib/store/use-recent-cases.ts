import { useLiveQuery } from 'dexie-react-hooks';
import { listCases } from '../db';
import type { CaseRecord } from '../schema/case';
import { logOnce } from '../errors';

/** How many of the most recently updated cases the panel lists. */
export const RECENT_LIMIT = 50;

async function readRecent(): Promise<CaseRecord[]> {
  try {
    return await listCases({ limit: RECENT_LIMIT });
  } catch (e) {
    logOnce('The case list could not be read', e);
    return [];
  }
}

/** The first read, started before the page renders (see readRecentCasesEarly); its result seeds the first render. */
let early: CaseRecord[] | undefined;

/**
 * Reads the recent cases before the page's first render, while its words load, so that render already shows
 * them: without it the list is read only once the page has rendered, and shown a render later.
 */
export async function readRecentCasesEarly(): Promise<void> {
  early ??= await readRecent();
}

/**
 * The most recently updated cases, read live: a write anywhere (this panel, another one, the options page's
 * import or restore) reads them again. Undefined until the first read is done.
 */
export function useRecentCases(): CaseRecord[] | undefined {
  return useLiveQuery(readRecent, [], early);
}
