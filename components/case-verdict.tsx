import { useEffect, useMemo, useState } from 'react';
import { caseOrder } from '../lib/db';
import { evaluate } from '../lib/rules';
import type { OrderKey } from '../lib/schema/order';
import { useAttachedKinds } from './case-log';
import type { RuleSet } from '../lib/schema/rule-set';
import { loadRuleSets, ruleSetFor, watchRuleSets } from '../lib/settings/rule-set-storage';
import { usePanelState, usePanelStore } from '../lib/store/panel-context';
import { useNow } from './ui/use-now';
import { VerdictCard } from './verdict-card';

/** Checks the current case against its portal's rule set, live: edits and the clock re-evaluate it. */
export function CaseVerdict() {
  const { actions } = usePanelStore();
  const current = usePanelState((s) => s.currentCase);
  const settings = usePanelState((s) => s.settings);
  const sets = useRuleSets();
  const origin = current?.origin;
  const ruleSet = useMemo(() => (sets ? ruleSetFor(settings, origin, sets) : null), [settings, origin, sets]);
  const attached = useAttachedKinds();
  const now = useNow(1000);
  const verdict = useMemo(
    () =>
      current && ruleSet
        ? evaluate(caseOrder(current), ruleSet, now, { editedFields: Object.keys(current.edits) as OrderKey[] })
        : null,
    [current, ruleSet, now],
  );
  useEffect(() => {
    if (verdict) void actions.recordVerdict(verdict);
  }, [actions, verdict]);
  if (!verdict) return null;
  return <VerdictCard verdict={verdict} now={now} attached={attached} />;
}

/**
 * Built-in and custom rule sets, kept current as the options page changes them; null until the stored sets
 * are read, so a case assigned to a custom set is never checked (and its verdict logged) against the default.
 */
function useRuleSets(): readonly RuleSet[] | null {
  const [sets, setSets] = useState<readonly RuleSet[] | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    void loadRuleSets().then((list) => {
      if (!controller.signal.aborted) setSets(list.sets);
    });
    const stop = watchRuleSets((list) => setSets(list.sets));
    controller.signal.addEventListener('abort', stop);
    return () => controller.abort();
  }, []);
  return sets;
}
