import { useEffect, useState } from 'react';
import { loadCaseBundle } from '../db';
import type { CaseRecord } from '../schema/case';
import type { CaseBundle } from '../schema/case-export';
import { usePanelState } from './panel-context';

let shared: { key: string; promise: Promise<CaseBundle | null> } | null = null;

/** The bundle of a case at one head hash; several components asking at once share one read. */
function loadShared(c: CaseRecord): Promise<CaseBundle | null> {
  const key = `${c.id}:${c.eventCount}:${c.lastHeadHash}`;
  if (shared?.key !== key) shared = { key, promise: loadCaseBundle(c.id).then((r) => (r.ok ? r.value : null)) };
  return shared.promise;
}

/**
 * The current case's events, notes and evidence metadata (no bytes). It is re-read whenever the case's head
 * changes, which every write does, so a component only has to call refreshCurrentCase after writing.
 */
export function useCaseBundle(): CaseBundle | null {
  const current = usePanelState((s) => s.currentCase);
  const [bundle, setBundle] = useState<CaseBundle | null>(null);
  useEffect(() => {
    if (!current) return;
    let live = true;
    void loadShared(current).then((b) => {
      if (live) setBundle(b);
    });
    return () => {
      live = false;
    };
  }, [current]);
  return bundle && current && bundle.case.id === current.id ? bundle : null;
}
