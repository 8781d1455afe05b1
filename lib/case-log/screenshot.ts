import { browser } from 'wxt/browser';
import type { Translate } from '../i18n';
import { askTab } from '../messaging';
import { injectContentScript } from '../permissions/tab-access';
import type { IdMask } from '../schema/id-mask';
import type { PageError, Reply, SensitiveRects } from '../schema/messages';
import { MaskError, maskPng } from '../screenshot/mask-image';

/** The browser allows two captureVisibleTab calls a second; more fail with a quota error. */
export const CAPTURES_PER_SECOND = 2;
/** Time for a tab brought to the front to paint before it is measured and captured. */
const PAINT_MS = 150;
/** Captures tried while the page moves between measuring and capturing; then no screenshot. */
export const MAX_ATTEMPTS = 3;
/** A rectangle may move this much (CSS px) between the two measures around a capture: the mask covers both. */
const STILL_PX = 1;

export interface ScreenshotDeps {
  getTab(tabId: number): Promise<{ windowId: number; active: boolean }>;
  activate(tabId: number): Promise<void>;
  inject(tabId: number): Promise<{ ok: true } | { ok: false; error: PageError }>;
  /** Where the tab must be blacked out, measured by its content script; the page is not changed. */
  rects(tabId: number, idMask: IdMask): Promise<Reply<SensitiveRects>>;
  /** A PNG data: URL of the visible tab of the window. */
  capture(windowId: number): Promise<string>;
  /** The PNG with opaque boxes painted over the rectangles. */
  mask(png: Uint8Array, page: SensitiveRects): Promise<Uint8Array>;
  wait(ms: number): Promise<void>;
  now(): number;
}

export type ScreenshotFailure = 'permission' | 'cover_failed' | 'tab_closed' | 'failed';
/** Why the sensitive areas could not be blacked out (with reason 'cover_failed'). */
export type MaskProblem = 'no_answer' | 'page_error' | 'page_moved' | 'image_mismatch' | 'tab_changed' | 'no_canvas';
export type ScreenshotResult =
  | { ok: true; bytes: Uint8Array; covered: number }
  | { ok: false; reason: ScreenshotFailure; detail: string; why?: MaskProblem };

const browserDeps: ScreenshotDeps = {
  getTab: async (tabId) => {
    const tab = await browser.tabs.get(tabId);
    return { windowId: tab.windowId, active: tab.active };
  },
  activate: async (tabId) => {
    await browser.tabs.update(tabId, { active: true });
  },
  inject: injectContentScript,
  rects: (tabId, idMask) => askTab(tabId, 'sensitiveRects', { idMask }),
  capture: (windowId) => browser.tabs.captureVisibleTab(windowId, { format: 'png' }),
  mask: maskPng,
  wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  now: () => Date.now(),
};

/** How long to wait before the next capture so that at most `max` fall in any `windowMs`. */
export function throttleDelay(
  recent: readonly number[],
  now: number,
  max = CAPTURES_PER_SECOND,
  windowMs = 1000,
): number {
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

/** Whether two measures of the page agree: same viewport, the same rectangles give or take STILL_PX. */
export function sameLayout(a: SensitiveRects, b: SensitiveRects): boolean {
  if (a.width !== b.width || a.height !== b.height || a.rects.length !== b.rects.length) return false;
  const order = (r: SensitiveRects) =>
    [...r.rects].sort((p, q) => p.y - q.y || p.x - q.x || p.width - q.width || p.height - q.height);
  const [pa, pb] = [order(a), order(b)];
  return pa.every((r, i) => {
    const s = pb[i]!;
    return (
      Math.abs(r.x - s.x) <= STILL_PX &&
      Math.abs(r.y - s.y) <= STILL_PX &&
      Math.abs(r.width - s.width) <= STILL_PX &&
      Math.abs(r.height - s.height) <= STILL_PX
    );
  });
}

type Failed = Extract<ScreenshotResult, { ok: false }>;

const maskFailed = (why: MaskProblem, detail: string): Failed => ({ ok: false, reason: 'cover_failed', detail, why });

function rectsFailed(error: PageError): Failed {
  return maskFailed(error.code === 'no_response' ? 'no_answer' : 'page_error', error.detail ?? error.code);
}

/**
 * A screenshot taker: measures where card, CVV and ID numbers (and the fields and frames that may hold them)
 * are on the tab, captures its window, measures again, and paints opaque boxes over both measures on the image
 * before handing it back. Nothing is added to the page. No image comes back unless every area could be measured
 * and painted: a page that does not answer, moves between the measures (MAX_ATTEMPTS times) or an image that
 * does not match the page gives a failure instead. Calls are queued and throttled so the browser's capture
 * quota is never hit.
 */
export function createScreenshotTaker(
  deps: ScreenshotDeps = browserDeps,
): (tabId: number, idMask?: IdMask) => Promise<ScreenshotResult> {
  const recent: number[] = [];
  let queue: Promise<unknown> = Promise.resolve();

  const takeOne = async (tabId: number, idMask: IdMask): Promise<ScreenshotResult> => {
    let tab: { windowId: number; active: boolean };
    try {
      tab = await deps.getTab(tabId);
    } catch (e) {
      return { ok: false, reason: 'tab_closed', detail: message(e) };
    }
    const injected = await deps.inject(tabId);
    if (!injected.ok) {
      const code = injected.error.code;
      const detail = injected.error.detail ?? code;
      if (code === 'permission_missing') return { ok: false, reason: 'permission', detail };
      if (code === 'tab_closed') return { ok: false, reason: 'tab_closed', detail };
      return maskFailed('page_error', detail);
    }
    try {
      const activated = !tab.active;
      if (activated) await deps.activate(tabId);
      for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
        await deps.wait(Math.max(activated && attempt === 0 ? PAINT_MS : 0, throttleDelay(recent, deps.now())));
        const before = await deps.rects(tabId, idMask);
        if (!before.ok) return rectsFailed(before.error);
        recent.push(deps.now());
        recent.splice(0, Math.max(0, recent.length - CAPTURES_PER_SECOND));
        const dataUrl = await deps.capture(tab.windowId);
        const after = await deps.rects(tabId, idMask);
        if (!after.ok) return rectsFailed(after.error);
        // A tab that closed meanwhile is no longer in front, which the next line reports.
        const shown = await deps.getTab(tabId).catch(() => null);
        if (!shown?.active || shown.windowId !== tab.windowId)
          return maskFailed('tab_changed', 'the tab was not in front while it was captured');
        if (!sameLayout(before.value, after.value)) continue;
        const page = { ...after.value, rects: [...before.value.rects, ...after.value.rects] };
        const bytes = await deps.mask(dataUrlBytes(dataUrl), page);
        return { ok: true, bytes, covered: after.value.rects.length };
      }
      return maskFailed('page_moved', 'the page kept moving while it was captured');
    } catch (e) {
      if (e instanceof MaskError) return maskFailed(e.why, e.message);
      const detail = message(e);
      return { ok: false, reason: isPermissionError(detail) ? 'permission' : 'failed', detail };
    }
  };

  return (tabId, idMask = { keepStart: 0, keepEnd: 0 }) => {
    const run = queue.then(() => takeOne(tabId, idMask));
    // The caller gets the failure through `run`; the queue only has to go on to the next capture.
    queue = run.catch(() => undefined);
    return run;
  };
}

/** What the panel says when a screenshot failed for a reason other than a missing permission or a closed tab. */
export function screenshotFailureText(t: Translate, failure: Failed): string {
  switch (failure.why) {
    case 'no_answer':
      return t('log.maskNoAnswer');
    case 'page_moved':
      return t('log.maskMoving');
    case 'image_mismatch':
    case 'tab_changed':
      return t('log.maskImage');
    case 'no_canvas':
      return t('log.maskNoCanvas');
    case 'page_error':
      return t('log.maskPageError', { detail: failure.detail });
    default:
      return t(failure.reason === 'cover_failed' ? 'log.coverFailed' : 'log.screenshotFailed', {
        detail: failure.detail,
      });
  }
}

/** The panel's screenshot taker; one per page so the throttle covers every button. */
export const takeScreenshot = createScreenshotTaker();

/**
 * Asks for screenshots of any page (`<all_urls>`); must run straight from a click, as an await before it
 * loses the user gesture.
 */
export function requestScreenshotPermission(): Promise<boolean> {
  // A request the browser refuses to show is a refusal: the panel says screenshots stay off.
  return browser.permissions.request({ origins: ['<all_urls>'] }).catch(() => false);
}
