import { useEffect, useMemo } from 'react';
import { caseOrder } from '../lib/db';
import { defaultRuleSets, evaluate } from '../lib/rules';
import type { OrderKey } from '../lib/schema/order';
import type { EvidenceKind } from '../lib/schema/evidence-kind';
import { usePanelState, usePanelStore } from './panel-context';
import { useNow } from './use-now';
import { VerdictCard } from './verdict-card';

const NO_EVIDENCE: ReadonlySet<EvidenceKind> = new Set();

/** Checks the current case against its portal's rule set, live: edits and the clock re-evaluate it. */
export function CaseVerdict() {
  const { actions } = usePanelStore();
  const current = usePanelState((s) => s.currentCase);
  const ruleSetId = usePanelState((s) => (current ? (s.settings.ruleSetByOrigin[current.origin] ?? s.settings.defaultRuleSetId) : null));
  const ruleSet = defaultRuleSets.find((r) => r.id === ruleSetId) ?? defaultRuleSets[0]!;
  const now = useNow(1000);
  const verdict = useMemo(
    () => (current ? evaluate(caseOrder(current), ruleSet, now, { editedFields: Object.keys(current.edits) as OrderKey[] }) : null),
    [current, ruleSet, now],
  );
  useEffect(() => {
    if (verdict) void actions.recordVerdict(verdict);
  }, [actions, verdict]);
  if (!verdict) return null;
  return <VerdictCard verdict={verdict} now={now} attached={NO_EVIDENCE} />;
}
