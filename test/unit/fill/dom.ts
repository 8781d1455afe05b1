/** Replaces the test document's body with a form (happy-dom parses it like a page would). */
export function mount(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

/** A signal nobody aborts. */
export function signal(): AbortSignal {
  return new AbortController().signal;
}

/** executeFill options that skip the half-second settle wait, for tests that do not test it. */
export const NO_SETTLE = { settleMs: 0 };
