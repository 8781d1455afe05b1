import { askTab } from '../messaging';
import type { CaptureResult } from '../schema/capture';
import type { IdMask, Reply } from '../schema/messages';
import type { SiteProfile } from '../schema/site-profile';
import { parseCapture, type ParseOptions } from './parse-capture';
import { withZones } from './with-zones';

/**
 * Captures the order a tab shows: the page collects what it shows as masked plain data, and the panel parses
 * it here, times through the portal zone's offsets worked out with Temporal.
 */
export async function capturePage(
  tabId: number,
  options: Omit<ParseOptions, 'zones' | 'profile'> & { idMask: IdMask; profile?: SiteProfile },
): Promise<Reply<CaptureResult>> {
  const reply = await askTab(tabId, 'capture', { idMask: options.idMask, profile: options.profile });
  return reply.ok ? { ok: true, value: parseCapture(reply.value, withZones(options)) } : reply;
}
