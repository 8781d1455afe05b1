import { browser } from 'wxt/browser';
import { askTab } from '../../lib/messaging';
import { injectContentScript } from '../../lib/page/tab-access';
import type { PageError, Reply } from '../../lib/schema/messages';

/** The browser allows two captureVisibleTab calls a second; more fail with a quota error. */
export const CAPTURES_PER_SECOND = 2;
/** Time for the page to paint its covers before the capture. */
const PAINT_MS = 150;

export interface ScreenshotDeps {
  getTab(tabId: number): Promise<{ windowId: number; active: boolean }>;
  activate(tabId: number): Promise<void>;
  inject(tabId: number): Promise<{ ok: true } | { ok: false; error: PageError }>;
  cover(tabId: number): Promise<Reply<{ covered: number }>>;
  uncover(tabId: number): Promise<Reply<{ covered: number }>>;
  /** A PNG data: URL of the visible tab of the window. */
  capture(windowId: number): Promise<string>;
  wait(ms: number): Promise<void>;
  now(): number;
}

export type ScreenshotFailure = 'permission' | 'cover_failed' | 'tab_closed' | 'failed';
export type ScreenshotResult = { ok: true; bytes: Uint8Array; covered: number } | { ok: false; reason: ScreenshotFailure; detail: string };

const browserDeps: ScreenshotDeps = {
  getTab: async (tabId) => {
    const tab = await browser.tabs.get(tabId);
    return { windowId: tab.windowId, active: tab.active };
  },
  activate: async (tabId) => {
    await browser.tabs.update(tabId, { active: true });
  },
  inject: injectContentScript,
  cover: (tabId) => askTab(tabId, 'coverSensitive'),
  uncover: (tabId) => askTab(tabId, 'uncoverSensitive'),
  capture: (windowId) => browser.tabs.captureVisibleTab(windowId, { format: 'png' }),
  wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  now: () => Date.now(),
};

/** How long to wait before the next capture so that at most `max` fall in any `windowMs`. */
export function throttleDelay(recent: readonly number[], now: number, max = CAPTURES_PER_SECOND, windowMs = 1000): number {
  const inWindow = recent.filter((at) => now - at < windowMs).sort((a, b) => a - b);
  if (inWindow.length < max) return 0;
  return inWindow[inWindow.length - max]! + windowMs - now;
}

/** The bytes of a base64 data: URL. */
export function dataUrlBytes(dataUrl: string): Uint8Array {
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));
const isPermissionError = (text: string) => /activeTab|all_urls|permission|Cannot access/i.test(text);

/**
 * A screenshot taker: covers card, CVV and ID numbers on the tab, captures its window, then uncovers them
 * whatever happened. Nothing is captured unless the covers are in place. Calls are queued and throttled so
 * the browser's capture quota is never hit.
 */
export function createScreenshotTaker(deps: ScreenshotDeps = browserDeps): (tabId: number) => Promise<ScreenshotResult> {
  const recent: number[] = [];
  let queue: Promise<unknown> = Promise.resolve();

  const takeOne = async (tabId: number): Promise<ScreenshotResult> => {
    let tab: { windowId: number; active: boolean };
    try {
      tab = await deps.getTab(tabId);
    } catch (e) {
      return { ok: false, reason: 'tab_closed', detail: message(e) };
    }
    const injected = await deps.inject(tabId);
    if (!injected.ok) {
      const reason = injected.error.code === 'permission_missing' ? 'permission' : injected.error.code === 'tab_closed' ? 'tab_closed' : 'cover_failed';
      return { ok: false, reason, detail: injected.error.detail ?? injected.error.code };
    }
    try {
      if (!tab.active) await deps.activate(tabId);
      const covered = await deps.cover(tabId);
      if (!covered.ok) return { ok: false, reason: 'cover_failed', detail: covered.error.detail ?? covered.error.code };
      await deps.wait(Math.max(PAINT_MS, throttleDelay(recent, deps.now())));
      recent.push(deps.now());
      recent.splice(0, Math.max(0, recent.length - CAPTURES_PER_SECOND));
      const dataUrl = await deps.capture(tab.windowId);
      return { ok: true, bytes: dataUrlBytes(dataUrl), covered: covered.value.covered };
    } catch (e) {
      const detail = message(e);
      return { ok: false, reason: isPermissionError(detail) ? 'permission' : 'failed', detail };
    } finally {
      await deps.uncover(tabId);
    }
  };

  return (tabId) => {
    const run = queue.then(() => takeOne(tabId));
    queue = run.catch(() => undefined);
    return run;
  };
}

/** The panel's screenshot taker; one per page so the throttle covers every button. */
export const takeScreenshot = createScreenshotTaker();

/**
 * Asks for screenshots of any page (`<all_urls>`); must run straight from a click, as an await before it
 * loses the user gesture.
 */
export function requestScreenshotPermission(): Promise<boolean> {
  return browser.permissions.request({ origins: ['<all_urls>'] }).catch(() => false);
}
