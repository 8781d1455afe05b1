import { executeFill, planFill, undoFill } from '../fill';
import { failure, onMessage } from '../messaging';
import { FillRequest, type UndoEntry } from '../schema/fill';
import type { PageError } from '../schema/messages';

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
  state.queue = next.catch(() => undefined);
  return next;
}

const pageError = (e: unknown): { ok: false; error: PageError } =>
  failure({ code: 'page_error', detail: (e instanceof Error ? e.message : String(e)).slice(0, 1000) });

/**
 * Registers the fill and undo handlers. What each fill overwrote stays in the page, so "Undo fill" needs
 * nothing from the panel; fills stack (undo puts back what the page held before the first of them).
 */
export function registerFillHandlers(doc: Document, signal: AbortSignal): void {
  const removers = [
    onMessage('fill', ({ data }) => {
      const req = FillRequest.safeParse(data);
      if (!req.success)
        return failure({
          code: 'invalid_request',
          detail: req.error.issues
            .slice(0, 3)
            .map((i) => `${i.path.join('.')}: ${i.message}`)
            .join('; '),
        });
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
    onMessage('undoFill', () =>
      serial(doc, async () => {
        const state = kept(doc);
        if (state.entries.length === 0) return { ok: true as const, value: { outcomes: [] } };
        try {
          const report = await undoFill(doc, { url: state.url, entries: state.entries }, signal);
          state.entries = [];
          return { ok: true as const, value: { outcomes: report.outcomes } };
        } catch (e) {
          return pageError(e);
        }
      }),
    ),
  ];
  signal.addEventListener('abort', () => removers.forEach((remove) => remove()));
}
