import { browser } from 'wxt/browser';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { getCase, verifyLedger, type LedgerFinding } from '../db';
import type { Verdict } from '../rules';
import type { CaseRecord } from '../schema/case';
import type { CaptureDraft, CaptureProblem, ListCandidate } from '../schema/capture';
import type { OrderKey } from '../schema/order';
import type { RuleSet } from '../schema/rule-set';
import { DEFAULT_SETTINGS, type Settings } from '../schema/settings';
import type { PanelCommand } from '../messaging';
import { loadDictionary, resolveLanguage, type Lang, type MessageKey } from '../i18n';
import { logOnce } from '../errors';
import { loadSettings, saveSettings, watchSettings } from '../settings/settings-storage';
import { requestOriginAccess } from '../permissions/tab-access';
import type { CaseEdits } from './case-edits';
import type { CaseWork } from './case-work';
import { deferredActions } from './deferred-actions';
import { INITIAL_FILL, type FillState } from './fill-state';
import { bringTabForward, pinnedTabId, watchTarget, type TargetState } from './target-tab';
import { syncReminders } from './sync-reminders';
import { notice, type Notice } from './notice';

export interface PanelState {
  settings: Settings;
  lang: Lang;
  pinned: number | null;
  target: TargetState;
  busy: boolean;
  notice: Notice | null;
  /** Set when the target's origin has not been granted; the panel offers the grant. */
  accessNeeded: string | null;
  /**
   * What the agent was doing when access was asked for; it goes on once access is granted, unless it was for
   * a case (`caseId`) and the agent has opened another one since.
   */
  afterGrant: { action: 'capture' | 'fill' | 'undoFill'; caseId: string | null } | null;
  candidates: ListCandidate[];
  problems: CaptureProblem[];
  currentCase: CaseRecord | null;
  /** The field the agent is pointing out on the page (teach mode), if any. */
  picking: OrderKey | null;
  /** What the ledger check at start found wrong, if anything: cases whose history changed outside CancelDesk. */
  ledger: { findings: LedgerFinding[] } | { failed: string } | null;
  /** A capture that waits for the agent to choose its order number among those the page shows. */
  pendingDraft: { origin: string; url: string | undefined; draft: CaptureDraft } | null;
  /** The last capture found no order: the panel offers to pick the order number on the page. */
  noOrder: boolean;
  /** Built-in and custom rule sets, kept current as the options page changes them; null until read. */
  ruleSets: readonly RuleSet[] | null;
  /** The open case's verdict, derived in the store (see verdict-actions); null without a case or rule sets. */
  verdict: Verdict | null;
  fill: FillState;
  /** The case list has been read once: the rest of the panel loads and starts after it (see caseListRead). */
  listRead: boolean;
}

/** What the store's action groups (capture, fill, case, export …) are given by the store that holds them. */
export interface ActionDeps {
  store: StoreApi<PanelState>;
  targetTab: () => { tabId: number; url: string | undefined } | null;
  /** After a write of one case: shows it if it is still the open one and syncs reminders. */
  saved: (record: CaseRecord) => Promise<void>;
  /** After a write of cases the action does not hold: re-reads the open case and syncs reminders. */
  changed: () => Promise<void>;
}

/** The case edits the panel calls (see case-edits.ts); one left out is a type error where it is called. */
const CASE_EDITS = [
  'editField',
  'setStatus',
  'deleteCase',
  'addEvidence',
  'removeEvidence',
  'addNote',
  'exportCase',
  'exportCases',
] as const satisfies readonly (keyof CaseEdits)[];

/** The case-work actions the panel calls (see case-work.ts); one left out is a type error where it is called. */
const CASE_WORK = [
  'capture',
  'pick',
  'chooseOrderNo',
  'useCandidate',
  'showOnPage',
  'fill',
  'pinFormField',
  'undoFill',
  'verdictFor',
  'followVerdict',
] as const satisfies readonly (keyof CaseWork)[];

const initial = (search: string, browserLanguage: string): PanelState => ({
  settings: DEFAULT_SETTINGS,
  lang: resolveLanguage(DEFAULT_SETTINGS.uiLanguage, browserLanguage),
  pinned: pinnedTabId(search),
  target: { kind: 'loading' },
  busy: false,
  notice: null,
  accessNeeded: null,
  afterGrant: null,
  candidates: [],
  problems: [],
  currentCase: null,
  picking: null,
  noOrder: false,
  pendingDraft: null,
  ledger: null,
  ruleSets: null,
  verdict: null,
  fill: INITIAL_FILL,
  listRead: false,
});

/** Creates the panel's store: state plus the actions the panel's buttons call. */
export function createPanelStore(search: string, browserLanguage: string) {
  const store = createStore<PanelState>(() => initial(search, browserLanguage));
  const set = store.setState;
  const get = store.getState;
  const say = (key: MessageKey, params?: Notice['params'], tone: Notice['tone'] = 'info') =>
    set({ notice: notice(key, params, tone) });

  // The language's words are loaded before the panel switches to it, so every text on screen has its words.
  const applySettings = async (settings: Settings) => {
    const lang = resolveLanguage(settings.uiLanguage, browserLanguage);
    await loadDictionary(lang);
    set({ settings, lang });
  };

  const saved = async (record: CaseRecord) => {
    if (get().currentCase?.id === record.id) set({ currentCase: record });
    await syncReminders();
  };
  const changed = async () => {
    const id = get().currentCase?.id;
    const found = id ? await getCase(id) : undefined;
    if (get().currentCase?.id === id) set({ currentCase: found ?? null });
    await syncReminders();
  };

  let watch: AbortController | null = null;
  const follow = (pinned: number | null, lifetime: AbortSignal) => {
    watch?.abort();
    const current = new AbortController();
    watch = current;
    lifetime.addEventListener('abort', () => current.abort());
    return watchTarget(pinned, current.signal, (target) => set({ target, accessNeeded: null }));
  };
  let lifetime: AbortSignal = AbortSignal.abort();
  let markListRead = () => {};
  const listReadOnce = new Promise<void>((done) => (markListRead = done));

  const targetTab = () => {
    const t = get().target;
    return t.kind === 'tab' ? t : null;
  };

  const deps: ActionDeps = { store, targetTab, saved, changed };
  const caseEdits = deferredActions(
    async (): Promise<CaseEdits> => (await import('./case-edits')).createCaseEdits(deps),
    CASE_EDITS,
  );
  const caseWork = deferredActions(
    async (): Promise<CaseWork> => (await import('./case-work')).createCaseWork(deps),
    CASE_WORK,
  );
  const actions = {
    ...caseWork,
    ...caseEdits,

    /** Changes what the next fill uses: reason, partial amount, files to attach. */
    setFillChoice(patch: Partial<Pick<FillState, 'reason' | 'partialAmount' | 'attach'>>) {
      set((s) => ({ fill: { ...s.fill, ...patch } }));
    },

    /** Loads settings, starts deriving the verdict and following the target tab until the signal aborts. */
    async start(signal: AbortSignal) {
      lifetime = signal;
      await applySettings(await loadSettings());
      const stop = watchSettings((changed) =>
        applySettings(changed).catch((e: unknown) => logOnce('switching to the saved settings', e)),
      );
      // The shortcuts' listener (and the page messaging it checks requests with) loads apart from the first paint.
      const listening = import('./panel-commands').then((m) => m.listenForCommands(commands, () => get().pinned));
      signal.addEventListener('abort', () => {
        stop();
        void listening.then((stopCommands) => stopCommands());
      });
      void listReadOnce.then(() => actions.followVerdict(signal));
      const pinned = get().pinned;
      if (pinned === -1) return set({ target: { kind: 'gone', tabId: -1, reason: 'not_found' } });
      await follow(pinned, signal);
    },

    /**
     * The case list has been read: what the agent is not waiting for starts now, not before. The case work's
     * code loads and derives the verdict, and in the first idle moment every case's history is checked against
     * the ledger (it reads and hashes every case). A broken history is said, not hidden.
     */
    caseListRead() {
      if (get().listRead) return;
      set({ listRead: true });
      markListRead();
      const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 0));
      idle(
        () =>
          void verifyLedger().then((r) =>
            set({
              ledger: !r.ok
                ? { failed: r.error.message }
                : r.value.findings.length
                  ? { findings: r.value.findings }
                  : null,
            }),
          ),
        { timeout: 1000 },
      );
    },

    /** Asks for the portal origin (must run straight from the click), then goes on with what asked for it. */
    grantAccess() {
      const { accessNeeded: origin, afterGrant } = get();
      if (!origin) return;
      void requestOriginAccess(origin).then((granted) => {
        if (!granted) return say('permissionDenied', { origin }, 'error');
        set({ accessNeeded: null, afterGrant: null });
        const sameCase = afterGrant?.caseId == null || afterGrant.caseId === get().currentCase?.id;
        return afterGrant && sameCase ? actions[afterGrant.action]() : undefined;
      });
    },

    /** The agent's choice for a field the page left open (several values, or none): an edit, and the question closes. */
    async chooseValue(key: OrderKey, value: string | number | boolean) {
      if (!get().currentCase && key === 'orderNo' && typeof value === 'string') return actions.chooseOrderNo(value);
      await caseEdits.editField(key, value);
      if (get().currentCase?.edits[key] === undefined) return;
      set((s) => ({
        problems: s.problems.filter((p) => p.key !== key || (p.code !== 'ambiguous' && p.code !== 'unparsable')),
      }));
    },

    /** Opens this panel pinned to the target tab in a window of its own. */
    async openInWindow() {
      const tab = targetTab();
      if (!tab) return;
      await browser.windows.create({
        url: browser.runtime.getURL(`/sidepanel.html?tab=${tab.tabId}`),
        type: 'popup',
        width: 420,
        height: 900,
      });
    },

    /** Drops the pin and follows the active tab of this window. */
    followActiveTab() {
      history.replaceState(null, '', location.pathname);
      set({ pinned: null, target: { kind: 'loading' } });
      void follow(null, lifetime);
    },

    /** Shows a stored case and brings its portal tab forward when it is open. */
    async openCase(id: string) {
      const found = await getCase(id);
      if (!found) return;
      set({ currentCase: found, candidates: [], problems: [], pendingDraft: null });
      await bringTabForward(found.url);
    },

    /** Saves the UI language the agent chose. */
    async setLanguage(uiLanguage: Settings['uiLanguage']) {
      await applySettings(await saveSettings({ ...get().settings, uiLanguage }));
    },
  };
  // What a keyboard shortcut (lib/background/commands.ts) asks an open panel to do.
  const commands: Record<PanelCommand, () => Promise<void>> = {
    'capture-order': actions.capture,
    'fill-form': actions.fill,
  };
  /** Settles once the case list has been read: the page's own chores wait for it, as the agent does. */
  const whenListRead = listReadOnce;
  return Object.assign(store, { actions, whenListRead });
}

export type PanelStore = ReturnType<typeof createPanelStore>;

/** Subscribes a component to a slice of the panel state. */
export function usePanel<T>(store: PanelStore, select: (s: PanelState) => T): T {
  return useStore(store, select);
}
