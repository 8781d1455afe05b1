import { browser } from 'wxt/browser';
import { PORTAL_PATTERN } from '../manifest';
import { PAGE_SCRIPTS } from './tab-access';

/** The id the content script is registered under to load with every page of a granted portal. */
export const PRELOAD_ID = 'canceldesk-content';

/**
 * The host patterns the content script loads on: every origin granted one by one (a portal, or a build's local
 * hosts), never a grant for all sites such as the screenshot grant.
 */
export function preloadMatches(origins: readonly string[]): string[] {
  const wide = new Set(['<all_urls>', PORTAL_PATTERN]);
  return [...new Set(origins.filter((o) => !wide.has(o) && !/^[^:]+:\/\/\*\//.test(o)))].sort();
}

const same = (a: readonly string[] | undefined, b: readonly string[]) =>
  a !== undefined && a.length === b.length && a.every((x, i) => x === b[i]);

async function sync(): Promise<void> {
  const { origins = [] } = await browser.permissions.getAll();
  const matches = preloadMatches(origins);
  const [current] = await browser.scripting.getRegisteredContentScripts({ ids: [PRELOAD_ID] });
  if (matches.length === 0) {
    if (current) await browser.scripting.unregisterContentScripts({ ids: [PRELOAD_ID] });
    return;
  }
  const script = {
    id: PRELOAD_ID,
    js: [PAGE_SCRIPTS.content],
    matches,
    runAt: 'document_idle' as const,
    allFrames: false,
    persistAcrossSessions: true,
  };
  if (!current) await browser.scripting.registerContentScripts([script]);
  else if (!same(current.matches, matches) || !same(current.js, script.js))
    await browser.scripting.updateContentScripts([script]);
}

let queue: Promise<void> = Promise.resolve();

/**
 * Registers the content script to load with each page of every granted portal, and keeps the registration in step
 * with the grants: a capture then finds the script in the page instead of sending it (evaluating it on the
 * agent's click cost about as much as the rest of a capture). On-demand injection (tab-access.ts) still covers a
 * page opened before its grant. Calls run one after another, so two at once never register twice.
 */
export function syncPagePreload(): Promise<void> {
  // A failed call has told its own caller; the next one starts afresh.
  queue = queue.catch(() => undefined).then(sync);
  return queue;
}
