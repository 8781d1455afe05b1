import { browser } from 'wxt/browser';
import { failure, onMessage, type PanelCommand } from '../messaging';
import { PanelCommandRequest } from '../schema/messages';
import { pinnedTabId } from './target-tab';

/** Where this panel is: its window, the tab it is pinned to, and the tab it is itself open in (a popped-out panel). */
export interface PanelPlace {
  windowId: number | undefined;
  pinned: number | null;
  ownTab: number | undefined;
}

/** Whether a tab is a panel page or has a panel popped out for it; such a panel answers that tab's shortcuts. */
async function hasPanelOfItsOwn(tabId: number): Promise<boolean> {
  const runtime = browser.runtime as { getContexts?: typeof chrome.runtime.getContexts };
  if (!runtime.getContexts) return false;
  // A browser that cannot list tab contexts has no popped-out panel this one could defer to.
  const contexts = await runtime.getContexts({ contextTypes: ['TAB' as chrome.runtime.ContextType] }).catch(() => []);
  return contexts.some((c) => {
    const url = new URL(c.documentUrl ?? 'about:blank');
    return url.pathname === '/sidepanel.html' && (c.tabId === tabId || pinnedTabId(url.search) === tabId);
  });
}

/**
 * Whether a shortcut is for this panel. A panel popped out for a tab answers the shortcuts pressed on that
 * tab or on itself; the panel that follows a window's active tab answers the rest of that window's. So one
 * panel acts, never one for another window or tab. A request naming no window (the e2e hook) is for all.
 */
export async function isForThisPanel(
  { windowId: pressedIn, tabId: pressedOn }: PanelCommandRequest,
  here: PanelPlace,
  panelOfItsOwn: (tabId: number) => Promise<boolean> = hasPanelOfItsOwn,
): Promise<boolean> {
  if (pressedIn === undefined) return true;
  if (here.pinned !== null && pressedOn !== undefined) return pressedOn === here.pinned || pressedOn === here.ownTab;
  if (pressedIn !== here.windowId) return false;
  return pressedOn === undefined || !(await panelOfItsOwn(pressedOn));
}

/** Runs the keyboard shortcuts meant for this panel until the returned function is called. */
export function listenForCommands(
  run: Record<PanelCommand, () => Promise<void>>,
  pinnedTab: () => number | null,
): () => void {
  // Asked once, while the panel goes on starting; only a shortcut has to wait for the answer.
  const place = Promise.all([
    browser.windows
      .getCurrent()
      .then((w) => w.id)
      .catch(() => undefined),
    browser.tabs
      .getCurrent()
      .then((t) => t?.id)
      .catch(() => undefined),
  ]);
  return onMessage('panelCommand', async ({ data }) => {
    const request = PanelCommandRequest.safeParse(data);
    if (!request.success) return failure({ code: 'invalid_request', detail: request.error.issues[0]?.message });
    const [windowId, ownTab] = await place;
    const mine = await isForThisPanel(request.data, { windowId, pinned: pinnedTab(), ownTab });
    if (mine) void run[request.data.command]();
    return { ok: true, value: { handled: mine } };
  });
}
