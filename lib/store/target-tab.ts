import { browser, type Browser } from 'wxt/browser';
import { logOnce } from '../errors';

export type TargetState =
  | { kind: 'loading' }
  | { kind: 'tab'; tabId: number; url: string | undefined; title: string; pinned: boolean }
  | { kind: 'gone'; tabId: number; reason: 'closed' | 'not_found' }
  | { kind: 'none' };

/** Reads `?tab=ID` from the panel's address: a panel opened that way stays with that tab. */
export function pinnedTabId(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d+$/.test(raw)) return raw === null ? null : -1;
  return Number(raw);
}

const toTarget = (tab: Browser.tabs.Tab, pinned: boolean): TargetState =>
  tab.id === undefined
    ? { kind: 'none' }
    : { kind: 'tab', tabId: tab.id, url: tab.url, title: tab.title ?? '', pinned };

async function readPinned(tabId: number): Promise<TargetState> {
  try {
    return toTarget(await browser.tabs.get(tabId), true);
  } catch {
    // The browser knows no tab of that id any more: the panel says its tab is gone.
    return { kind: 'gone', tabId, reason: 'not_found' };
  }
}

async function readActive(windowId: number | undefined): Promise<TargetState> {
  const [tab] = await browser.tabs.query(
    windowId === undefined ? { active: true, lastFocusedWindow: true } : { active: true, windowId },
  );
  return tab ? toTarget(tab, false) : { kind: 'none' };
}

/**
 * Keeps the panel's target tab current: a pinned tab is followed through navigations and reported when it
 * closes; otherwise the active tab of the panel's window is followed. Listeners end with the signal.
 */
export async function watchTarget(
  pinned: number | null,
  signal: AbortSignal,
  onChange: (t: TargetState) => void,
): Promise<void> {
  // Without its own window (a panel outside any) the panel follows the last focused window's active tab.
  const windowId = pinned === null ? (await browser.windows.getCurrent().catch(() => undefined))?.id : undefined;
  const refresh = async () => {
    const next = pinned === null ? await readActive(windowId) : await readPinned(pinned);
    if (!signal.aborted) onChange(next);
  };
  const onUpdated = (id: number, change: Browser.tabs.OnUpdatedInfo) => {
    if (
      (pinned === null || id === pinned) &&
      (change.url !== undefined || change.title !== undefined || change.status === 'complete')
    )
      void refresh();
  };
  const onActivated = (info: Browser.tabs.OnActivatedInfo) => {
    if (pinned === null && (windowId === undefined || info.windowId === windowId)) void refresh();
  };
  const onRemoved = (id: number) => {
    if (id === pinned) onChange({ kind: 'gone', tabId: id, reason: 'closed' });
  };
  browser.tabs.onUpdated.addListener(onUpdated);
  browser.tabs.onActivated.addListener(onActivated);
  browser.tabs.onRemoved.addListener(onRemoved);
  signal.addEventListener('abort', () => {
    browser.tabs.onUpdated.removeListener(onUpdated);
    browser.tabs.onActivated.removeListener(onActivated);
    browser.tabs.onRemoved.removeListener(onRemoved);
  });
  await refresh();
}

/** Brings forward the tab showing a case's page, if one is open; the panel follows it when unpinned. */
export async function bringTabForward(url: string): Promise<boolean> {
  try {
    const tab = (await browser.tabs.query({})).find((t) => t.url === url && t.id !== undefined);
    if (!tab) return false;
    await browser.tabs.update(tab.id!, { active: true });
    if (tab.windowId !== undefined) {
      // The tab is in front of its window already; a window that will not take focus changes nothing else.
      await browser.windows.update(tab.windowId, { focused: true }).catch(() => undefined);
    }
    return true;
  } catch (e) {
    logOnce('The case’s tab could not be brought forward', e);
    return false;
  }
}
