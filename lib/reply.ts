import type { PageError } from './schema/messages';

/** The messages the page answers; every other one is the panel's or the worker's. */
export type PageMessage = 'ping' | 'capture' | 'highlight' | 'pick' | 'sensitiveRects' | 'fill' | 'undoFill';

/** Builds a failed reply. */
export function failure(error: PageError): { ok: false; error: PageError } {
  return { ok: false, error };
}

/** A thrown error as the reply that says so. */
export function pageError(e: unknown): { ok: false; error: PageError } {
  return failure({ code: 'page_error', detail: (e instanceof Error ? e.message : String(e)).slice(0, 1000) });
}
