import { extractOrder, findByLocator, pickElement, profileLocatorsFor, readFieldValue } from '../extract';
import { PageProfile } from '../schema/profile-fields';
import { failure, onMessage } from '../messaging';
import { CaptureRequest, HighlightRequest, PickRequest } from '../schema/messages';
import { sensitiveRects } from './cover-sensitive';
import { registerFillHandlers } from './fill-handlers';
import { highlightElement } from './highlight-element';

/** Registers the page-side handlers of the protocol; they live as long as the signal. */
export function registerContentHandlers(doc: Document, signal: AbortSignal): void {
  let picking: AbortController | null = null;
  registerFillHandlers(doc, signal);
  const removers = [
    onMessage('ping', () => ({ ok: true, value: { version: 1 } })),
    onMessage('capture', ({ data }) => {
      const req = CaptureRequest.safeParse(data);
      if (!req.success) return failure({ code: 'invalid_request', detail: req.error.message });
      const profile = req.data.profile === undefined ? undefined : PageProfile.safeParse(req.data.profile);
      if (profile && !profile.success) return failure({ code: 'invalid_request', detail: 'site profile' });
      try {
        return { ok: true, value: extractOrder(doc, { ...req.data, profile: profile?.data }) };
      } catch (e) {
        return failure({ code: 'page_error', detail: e instanceof Error ? e.message : String(e) });
      }
    }),
    onMessage('highlight', ({ data }) => {
      const req = HighlightRequest.safeParse(data);
      if (!req.success) return failure({ code: 'invalid_request', detail: req.error.message });
      const el = findByLocator(doc, req.data.locator);
      if (el) highlightElement(el, signal);
      return { ok: true, value: { found: el !== null } };
    }),
    onMessage('pick', async ({ data }) => {
      const req = PickRequest.safeParse(data);
      if (!req.success) return failure({ code: 'invalid_request', detail: req.error.message });
      picking?.abort();
      const current = new AbortController();
      picking = current;
      signal.addEventListener('abort', () => current.abort());
      const el = await pickElement(doc, current.signal);
      if (!el) return failure({ code: 'cancelled' });
      return {
        ok: true,
        value: { locators: profileLocatorsFor(el).slice(0, 8), preview: readFieldValue(el, req.data.idMask) },
      };
    }),
    onMessage('sensitiveRects', (req) => {
      try {
        return { ok: true, value: sensitiveRects(doc, req.data.idMask.patterns) };
      } catch (e) {
        return failure({ code: 'page_error', detail: (e instanceof Error ? e.message : String(e)).slice(0, 1000) });
      }
    }),
  ];
  signal.addEventListener('abort', () => {
    removers.forEach((remove) => remove());
  });
}
