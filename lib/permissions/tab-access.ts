import { browser } from 'wxt/browser';
import { pageScriptKey } from '../content/page-script-key';
import type { PageError } from '../schema/messages';

/** The origin CancelDesk would ask access for, or null for pages it cannot work on (chrome://, file:, …). */
export function portalOrigin(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    // A URL the browser gives that does not parse is a page CancelDesk cannot work on.
    return null;
  }
}

/** The match pattern that grants one portal origin (ports are not part of Chrome's host patterns). */
export function originPattern(origin: string): string {
  const u = new URL(origin);
  return `${u.protocol}//${u.hostname}/*`;
}

/**
 * Whether the agent granted this portal origin (or it is a bundled local host). A grant of <all_urls> for
 * screenshots does not count: portals are granted one by one.
 */
export async function hasOriginAccess(origin: string): Promise<boolean> {
  try {
    const { origins = [] } = await browser.permissions.getAll();
    return origins.includes(originPattern(origin));
  } catch {
    // Without the permissions API's answer the portal counts as not granted, and the panel offers the grant.
    return false;
  }
}

/**
 * Asks the browser to grant one portal origin. Call it straight from a click handler: an await before it
 * loses the user gesture and the browser refuses silently.
 */
export function requestOriginAccess(origin: string): Promise<boolean> {
  // A refused or failed request answers false: the panel keeps offering the grant.
  return browser.permissions.request({ origins: [originPattern(origin)] }).catch(() => false);
}

/** The page scripts, by the name each sets its key with (lib/content/define-page-script.ts). */
export const PAGE_SCRIPTS = { content: '/content-scripts/content.js', fill: '/content-scripts/fill.js' } as const;
type PageScript = keyof typeof PAGE_SCRIPTS;

/**
 * Injects the content script into the tab's top frame, and the fill script too when a form is to be filled (it
 * is most of the page-side code, so a capture never carries it). A script the page already holds is not sent
 * again: a cheap check in the page answers which are missing, where evaluating them anew cost a capture more
 * than the floor's whole round trip. The top frame's handlers read same-origin frames themselves, and a
 * cross-origin frame is never read, so no other frame needs them.
 */
export async function injectContentScript(
  tabId: number,
  { fill = false }: { fill?: boolean } = {},
): Promise<{ ok: true } | { ok: false; error: PageError }> {
  const wanted: PageScript[] = fill ? ['content', 'fill'] : ['content'];
  const target = { tabId, frameIds: [0] };
  try {
    const [answer] = await browser.scripting.executeScript({
      target,
      // Runs in the page's isolated world, where the scripts set their keys: it can use nothing from here.
      func: (keys: string[]) => keys.map((key) => !(globalThis as Record<symbol, unknown>)[Symbol.for(key)]),
      args: [wanted.map(pageScriptKey)],
    });
    const missing = wanted.filter((_, i) => (answer?.result as boolean[] | undefined)?.[i] ?? true);
    if (missing.length)
      await browser.scripting.executeScript({ target, files: missing.map((name) => PAGE_SCRIPTS[name]) });
    return { ok: true };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    if (/No tab with id/i.test(detail)) return { ok: false, error: { code: 'tab_closed', detail } };
    if (/permission|Cannot access/i.test(detail)) return { ok: false, error: { code: 'permission_missing', detail } };
    return { ok: false, error: { code: 'page_error', detail } };
  }
}
