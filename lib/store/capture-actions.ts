import { recordCapture } from '../db';
import type { MessageKey } from '../i18n';
import { capturePage } from '../capture/capture-page';
import { askTab } from '../messaging';
import { hasOriginAccess, injectContentScript, portalOrigin } from '../permissions/tab-access';
import type { CaptureDraft, ListCandidate, Locator } from '../schema/capture';
import type { OrderKey } from '../schema/order';
import { siteProfileFor, teachField } from '../settings/site-profiles';
import { actorOf } from './actor';
import { maskedUrl } from './masked-url';
import { notice, pageErrorNotice, type Notice } from './notice';
import type { ActionDeps } from './panel-store';

/** The capture actions of the panel store: read the target tab's order, teach a field, choose a list row, show a field. */
export function createCaptureActions({ store, targetTab, saved }: Pick<ActionDeps, 'store' | 'targetTab' | 'saved'>) {
  const set = store.setState;
  const get = store.getState;
  const say = (key: MessageKey, params?: Notice['params'], tone: Notice['tone'] = 'info') =>
    set({ notice: notice(key, params, tone) });

  const saveDraft = async (origin: string, pageUrl: string | undefined, draft: CaptureDraft) => {
    // An address can carry an ID or card number in its query; the case log keeps it masked.
    const url = maskedUrl(pageUrl, get().settings.idMask);
    const written = await recordCapture({ origin, url, draft, agent: actorOf(get().settings).agent });
    if (!written.ok) {
      if (written.error.code === 'quota_exceeded') say('storageFull', undefined, 'error');
      else if (written.error.code === 'missing_order_no') {
        // The page shows several order numbers: the draft waits for the agent to choose one of them.
        set({ pendingDraft: { origin, url: pageUrl, draft } });
        say('noOrderFound', undefined, 'error');
      } else say('saveFailed', { detail: written.error.message }, 'error');
      return;
    }
    set({ currentCase: written.value, candidates: [], pendingDraft: null });
    const count = Object.keys(draft.values).length;
    const problems = get().problems.length;
    say(problems ? 'capturedWithProblems' : 'captured', { count, problems });
    await saved(written.value);
  };

  const actions = {
    /** Reads the order on the target tab and records it as a case. */
    async capture() {
      const tab = targetTab();
      if (!tab || get().busy) return;
      const origin = portalOrigin(tab.url);
      if (!origin) return say('unsupportedPage', undefined, 'error');
      if (!(await hasOriginAccess(origin)))
        return set({ accessNeeded: origin, afterGrant: { action: 'capture', caseId: null }, notice: null });
      set({
        busy: true,
        notice: null,
        accessNeeded: null,
        candidates: [],
        problems: [],
        noOrder: false,
        pendingDraft: null,
      });
      try {
        // Neither waits on the other: the page gets its script while the taught fields are read from storage.
        const [injected, profile] = await Promise.all([injectContentScript(tab.tabId), siteProfileFor(origin)]);
        if (!injected.ok) return set({ notice: pageErrorNotice(injected.error) });
        const { settings } = get();
        const reply = await capturePage(tab.tabId, {
          zone: profile?.zone ?? settings.portalZone,
          dateOrder: profile?.dateOrder,
          currency: profile?.currency,
          idMask: settings.idMask,
          profile,
        });
        if (!reply.ok) return set({ notice: pageErrorNotice(reply.error) });
        const result = reply.value;
        // The tab may have gone to another site while it was read: a case never takes a page of another origin.
        const pageOrigin = portalOrigin(result.url);
        if (result.url && pageOrigin !== origin)
          return say('captureOtherOrigin', { origin: pageOrigin ?? result.url }, 'error');
        set({ problems: result.problems });
        if (result.draft) return await saveDraft(origin, result.url || tab.url, result.draft);
        if (result.candidates.length)
          return set({
            candidates: result.candidates,
            notice: notice('pickCandidate', { count: result.candidates.length }),
          });
        set({ noOrder: true });
        say('noOrderFound', undefined, 'error');
      } finally {
        set({ busy: false });
      }
    },

    /** Teach mode: the agent points at where a field sits; it is kept in the portal's profile and read again. */
    async pick(key: OrderKey, fieldLabel: string) {
      const tab = targetTab();
      const origin = portalOrigin(tab?.url);
      if (!tab || !origin || get().picking) return;
      if (!(await hasOriginAccess(origin)))
        return set({ accessNeeded: origin, afterGrant: { action: 'capture', caseId: null } });
      set({ picking: key, notice: notice('pickPrompt', { field: fieldLabel }) });
      try {
        const injected = await injectContentScript(tab.tabId);
        const reply = injected.ok ? await askTab(tab.tabId, 'pick', { idMask: get().settings.idMask }) : injected;
        if (!reply.ok)
          return set({
            notice: reply.error.code === 'cancelled' ? notice('pickCancelled') : pageErrorNotice(reply.error),
          });
        const zone = (await siteProfileFor(origin))?.zone ?? get().settings.portalZone;
        await teachField(origin, key, reply.value.locators, zone);
      } finally {
        set({ picking: null });
      }
      await actions.capture();
    },

    /** Starts the case that waited for its order number with the one the agent chose among those the page shows. */
    async chooseOrderNo(orderNo: string) {
      const pending = get().pendingDraft;
      if (!pending) return;
      const draft = { ...pending.draft, values: { ...pending.draft.values, orderNo } };
      set({ problems: get().problems.filter((p) => p.key !== 'orderNo') });
      await saveDraft(pending.origin, pending.url, draft);
    },

    /** Records the list-page row the agent chose. */
    async useCandidate(candidate: ListCandidate) {
      const tab = targetTab();
      const origin = portalOrigin(tab?.url);
      if (!tab || !origin) return;
      await saveDraft(origin, tab.url, candidate.draft);
    },

    /** Scrolls the page to where a field was read and outlines it. */
    async showOnPage(field: string, locator: Locator) {
      const tab = targetTab();
      if (!tab) return;
      const injected = await injectContentScript(tab.tabId);
      const reply = injected.ok ? await askTab(tab.tabId, 'highlight', { locator }) : injected;
      if (!reply.ok) return set({ notice: pageErrorNotice(reply.error) });
      if (!reply.value.found) say('notOnPage', { field }, 'error');
    },
  };
  return actions;
}
