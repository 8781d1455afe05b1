import { askTab } from '../messaging';
import type { CaptureRequest, Reply } from '../schema/messages';
import type { CaptureResult } from '../schema/capture';
import { withZones } from './with-zones';

/** Captures the order a tab shows: the page reads it with the zone offsets worked out here, through Temporal. */
export function capturePage(tabId: number, options: Omit<CaptureRequest, 'zones'>): Promise<Reply<CaptureResult>> {
  return askTab(tabId, 'capture', withZones(options));
}
