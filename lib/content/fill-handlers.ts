import { executeFill, planFill, undoFill } from '../fill';
import { failure } from '../reply';
import type { UndoEntry } from '../schema/fill';
import { checkRequest, none } from './check';
import { fillRequest } from './fill-request-check';
import { pageError } from '../reply';
import { onPageMessage } from './page-messaging';

/** UndoSnapshot holds at most this many entries; the oldest fills drop off first. */
const MAX_UNDO_ENTRIES = 200;

const KEPT = Symbol.for('canceldesk.fillUndo');

interface Kept {
  url: string;
  entries: UndoEntry[];
  /** The fill or undo running now: the next one waits for it. */
  queue: Promise<unknown>;
}

/**
 * What the fills on this page overwrote. It lives on the content script's global, not in a closure: every
 * injection starts a new content-script context that replaces the handlers, and "Undo fill" must survive a
 * capture or a highlight between the fill and the undo. A same-document navigation (an SPA route) starts afresh.
 */
function kept(doc: Document): Kept {
  const scope = globalThis as { [KEPT]?: Kept };
  const current = scope[KEPT];
  if (current && current.url === doc.URL) return current;
  const fresh: Kept = { url: doc.URL, entries: [], queue: current?.queue ?? Promise.resolve() };
  scope[KEPT] = fresh;
  return fresh;
}

/** Runs one fill or undo after the previous one: a second click must not interleave its writes with the first. */
function serial<T>(doc: Document, work: () => Promise<T>): Promise<T> {
  const state = kept(doc);
  const next = state.queue.then(work, work);
  // The caller gets this work's failure from `next`; the queue only waits for it to settle.
  state.queue = next.catch(() => undefined);
  return next;
}

/**
 * Registers the fill and undo handlers. What each fill overwrote stays in the page, so "Undo fill" needs
 * nothing from the panel; fills stack (undo puts back what the page held before the first of them).
 */
export function registerFillHandlers(doc: Document, signal: AbortSignal): void {
  const removers = [
    onPageMessage('fill', ({ data }) => {
      const req = checkRequest(fillRequest, data);
      if (!req.ok) return failure({ code: 'invalid_request', detail: req.detail });
      return serial(doc, async () => {
        try {
          const report = await executeFill(planFill(doc, req.data), signal);
          const state = kept(doc);
          state.entries = [...state.entries, ...report.snapshot.entries].slice(-MAX_UNDO_ENTRIES);
          return { ok: true as const, value: report };
        } catch (e) {
          return pageError(e);
        }
      });
    }),
    onPageMessage('undoFill', ({ data }) => {
      const req = checkRequest(none, data);
      if (!req.ok) return failure({ code: 'invalid_request', detail: req.detail });
      return serial(doc, async () => {
        const state = kept(doc);
        if (state.entries.length === 0) return { ok: true as const, value: { outcomes: [] } };
        try {
          const report = await undoFill(doc, { url: state.url, entries: state.entries }, signal);
          state.entries = [];
          return { ok: true as const, value: { outcomes: report.outcomes } };
        } catch (e) {
          return pageError(e);
        }
      });
    }),
  ];
  signal.addEventListener('abort', () => removers.forEach((remove) => remove()));
}
