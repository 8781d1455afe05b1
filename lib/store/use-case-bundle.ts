import { useLiveQuery } from 'dexie-react-hooks';
import { loadCaseBundle } from '../db';
import type { CaseBundle } from '../schema/case-export';
import { usePanelState } from './panel-context';
import { logOnce } from '../errors';

/**
 * The open case's events, notes and evidence metadata (no bytes), read live: any write to the case, from
 * this panel or elsewhere, reads it again. Null while it loads, for another case, or when it cannot be read.
 */
export function useCaseBundle(): CaseBundle | null {
  const id = usePanelState((s) => s.currentCase?.id);
  // The head is a dependency too, so a write this panel made is read even before the live query notices it.
  const head = usePanelState((s) => s.currentCase?.lastHeadHash);
  const bundle = useLiveQuery(async () => {
    if (!id) return null;
    const loaded = await loadCaseBundle(id);
    if (!loaded.ok && loaded.error.code !== 'not_found') logOnce('The case could not be read', loaded.error.message);
    return loaded.ok ? loaded.value : null;
  }, [id, head]);
  return bundle && bundle.case.id === id ? bundle : null;
}
