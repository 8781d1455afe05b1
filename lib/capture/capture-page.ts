import { askTab } from '../messaging';
import type { CaptureResult } from '../schema/capture';
import type { IdMask } from '../schema/id-mask';
import type { Reply } from '../schema/messages';
import type { SiteProfile } from '../schema/site-profile';
import { parseCaptureRows, type ParseOptions } from './parse-capture';
import { withZones } from './with-zones';

/**
 * Captures the order a tab shows: the page collects what it shows as masked plain data, and the panel parses
 * it here, times through the portal zone's offsets worked out with Temporal.
 */
export async function capturePage(
  tabId: number,
  options: Omit<ParseOptions, 'zones' | 'profile'> & { idMask: IdMask; profile?: SiteProfile },
): Promise<Reply<CaptureResult>> {
  const parse = withZones(options);
  const ask = (rows?: number) =>
    askTab(tabId, 'capture', { idMask: options.idMask, profile: options.profile, ...(rows ? { rows } : {}) });
  let reply = await ask();
  if (!reply.ok) return reply;
  let parsed = parseCaptureRows(reply.value, parse);
  // A list page with more rows than the page read at first: read it again with as many as a list offers.
  if (parsed.askRows) {
    reply = await ask(parsed.askRows);
    if (!reply.ok) return reply;
    parsed = parseCaptureRows(reply.value, parse);
  }
  return { ok: true, value: parsed.result };
}
