import type { PageError } from './schema/messages';

/** Builds a failed reply. */
export function failure(error: PageError): { ok: false; error: PageError } {
  return { ok: false, error };
}
