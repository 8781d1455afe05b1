import { caseOrder, recordVerdict } from '../db';
import { evaluate, type Verdict } from '../rules';
import type { CaseRecord } from '../schema/case';
import type { OrderKey } from '../schema/order';
import type { RuleSet } from '../schema/rule-set';
import type { Settings } from '../schema/settings';
import { loadRuleSets, ruleSetFor, watchRuleSets } from '../settings/rule-set-storage';
import type { ActionDeps, PanelState } from './panel-store';
import { syncReminders } from './sync-reminders';
import { decisionKey, sameDecision } from './verdict-decision';
import { logOnce } from '../errors';

/** How often the open case's verdict is derived again: the clock alone can move a deadline past. */
const TICK_MS = 1000;

/** The verdict of a case under its portal's rule set at an instant: the one place a verdict is derived. */
export function deriveVerdict(
  record: CaseRecord,
  settings: Settings,
  ruleSets: readonly RuleSet[],
  now: Date = new Date(),
): Verdict {
  return evaluate(caseOrder(record), ruleSetFor(settings, record.origin, ruleSets), now, {
    editedFields: Object.keys(record.edits) as OrderKey[],
  });
}

/** A verdict without the instant it was evaluated at: two ticks that say the same compare equal. */
const shownKey = (v: Verdict | null) => (v ? JSON.stringify({ ...v, evaluatedAt: null }) : '');

/**
 * The verdict actions of the panel store: the open case's verdict is derived here, kept in the state the
 * panel shows and the fill uses, and recorded on the case when what it decides changes.
 */
export function createVerdictActions({ store }: Pick<ActionDeps, 'store'>) {
  const get = store.getState;
  const set = store.setState;
  // Ticks and writes run concurrently; this keeps two of them from recording one decision twice.
  let lastVerdictKey = '';

  const record = async (verdict: Verdict) => {
    const current = get().currentCase;
    if (!current || sameDecision(current.verdictSnapshot, verdict)) return;
    const key = `${current.id}:${decisionKey(verdict)}`;
    if (key === lastVerdictKey) return;
    lastVerdictKey = key;
    const written = await recordVerdict(current.id, verdict, verdict.deadline, verdict.action);
    if (!written.ok) return logOnce('The verdict could not be recorded', written.error.message);
    if (get().currentCase?.id === written.value.id) set({ currentCase: written.value });
    await syncReminders();
  };

  /** Derives the open case's verdict now; the state changes only when what it shows changes. */
  const derive = (now = new Date()): Verdict | null => {
    const { currentCase, settings, ruleSets, verdict: shown } = get();
    const next = currentCase && ruleSets ? deriveVerdict(currentCase, settings, ruleSets, now) : null;
    if (shownKey(next) !== shownKey(shown)) set({ verdict: next });
    if (next) void record(next);
    return next;
  };

  const loadSets = async () => {
    const sets = get().ruleSets ?? (await loadRuleSets()).sets;
    if (!get().ruleSets) set({ ruleSets: sets });
    return get().ruleSets ?? sets;
  };

  return {
    /** The verdict of a case at this instant; for the open case it is the one the panel shows, derived anew. */
    async verdictFor(record: CaseRecord): Promise<Verdict> {
      const sets = await loadSets();
      const shown = get().currentCase?.id === record.id ? derive() : null;
      return shown ?? deriveVerdict(record, get().settings, sets);
    },

    /**
     * Keeps the open case's verdict current until the signal aborts: on a case, settings or rule-set change
     * and on every tick of the clock. Rule sets are read first, so a case assigned to a custom set is never
     * checked (and its verdict logged) against the default.
     */
    async followVerdict(signal: AbortSignal) {
      const stopSets = watchRuleSets((list) => set({ ruleSets: list.sets }));
      const stopStore = store.subscribe((s: PanelState, prev: PanelState) => {
        if (s.currentCase !== prev.currentCase || s.settings !== prev.settings || s.ruleSets !== prev.ruleSets)
          derive();
      });
      const timer = setInterval(() => get().currentCase && derive(), TICK_MS);
      signal.addEventListener('abort', () => {
        stopSets();
        stopStore();
        clearInterval(timer);
      });
      await loadSets();
      derive();
    },
  };
}
