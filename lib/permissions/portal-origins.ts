import { browser } from 'wxt/browser';
import { LOCAL_HOSTS } from '../manifest';
import { originPattern } from './tab-access';

/** Portal origins the agent granted at run time (the built-in local hosts are not listed). */
export async function grantedPortalPatterns(): Promise<string[]> {
  const all = await browser.permissions.getAll();
  return (all.origins ?? []).filter((o) => !LOCAL_HOSTS.includes(o) && o !== '<all_urls>');
}

/** Normalises what an agent typed ("portal.example.com", "https://portal.example.com/x") to an origin. */
export function parsePortalOrigin(text: string): string | null {
  const raw = text.trim();
  if (!raw) return null;
  try {
    const u = new URL(/^[a-z]+:\/\//i.test(raw) ? raw : `https://${raw}`);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    // Text that is no URL is no portal origin: the options page says so.
    return null;
  }
}

/** Whether screenshots of any page were allowed (the optional <all_urls> grant). */
export async function hasScreenshotGrant(): Promise<boolean> {
  const all = await browser.permissions.getAll();
  return (all.origins ?? []).includes('<all_urls>');
}

/** Withdraws a portal grant, or the screenshot grant with '<all_urls>'. */
export function revokePortalPattern(pattern: string): Promise<boolean> {
  // A refused withdrawal answers false, which the options page shows as the grant still held.
  return browser.permissions.remove({ origins: [pattern] }).catch(() => false);
}

export { originPattern };
