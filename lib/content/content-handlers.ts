import { collectCapture, findByLocator, pickElement, profileLocatorsFor, readFieldValue } from '../extract';
import { failure } from '../reply';
import { checkRequest, none } from './check';
import { sensitiveRects } from './cover-sensitive';
import { highlightElement } from './highlight-element';
import { pageError } from '../reply';
import { onPageMessage } from './page-messaging';
import { captureRequest, highlightRequest, pageProfile, pickRequest } from './page-requests';

const refused = (detail: string) => failure({ code: 'invalid_request', detail });

/**
 * Registers the page-side handlers of capture, teach mode and screenshots; they live as long as the signal.
 * Fill and undo come with their own script (entrypoints/fill.content.ts), injected only to fill.
 */
export function registerContentHandlers(doc: Document, signal: AbortSignal): void {
  let picking: AbortController | null = null;
  const removers = [
    onPageMessage('ping', ({ data }) => {
      const req = checkRequest(none, data);
      return req.ok ? { ok: true, value: { version: 1 } } : refused(req.detail);
    }),
    onPageMessage('capture', ({ data }) => {
      const req = checkRequest(captureRequest, data);
      if (!req.ok) return refused(req.detail);
      const profile = req.data.profile === undefined ? undefined : checkRequest(pageProfile, req.data.profile);
      if (profile && !profile.ok) return refused(`site profile: ${profile.detail}`);
      try {
        return {
          ok: true,
          value: collectCapture(doc, { idMask: req.data.idMask, rows: req.data.rows, profile: profile?.data }),
        };
      } catch (e) {
        return pageError(e);
      }
    }),
    onPageMessage('highlight', ({ data }) => {
      const req = checkRequest(highlightRequest, data);
      if (!req.ok) return refused(req.detail);
      const el = findByLocator(doc, req.data.locator);
      if (el) highlightElement(el, signal);
      return { ok: true, value: { found: el !== null } };
    }),
    onPageMessage('pick', async ({ data }) => {
      const req = checkRequest(pickRequest, data);
      if (!req.ok) return refused(req.detail);
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
    onPageMessage('sensitiveRects', ({ data }) => {
      const req = checkRequest(pickRequest, data);
      if (!req.ok) return refused(req.detail);
      try {
        return { ok: true, value: sensitiveRects(doc, req.data.idMask.patterns) };
      } catch (e) {
        return pageError(e);
      }
    }),
  ];
  signal.addEventListener('abort', () => {
    removers.forEach((remove) => remove());
  });
}
