import { defineContentScript } from 'wxt/utils/define-content-script';
import { pageScriptKey } from './page-script-key';

/**
 * A content script for the top frame, loaded with a granted portal's pages (lib/permissions/page-preload.ts) or
 * injected on demand (lib/permissions/tab-access.ts), whose handlers walk same-origin frames themselves. It
 * registers once however often it arrives; an extension reload (the context invalidated) lets the next copy
 * register again.
 */
export function definePageScript(name: string, register: (doc: Document, signal: AbortSignal) => void) {
  const loaded = Symbol.for(pageScriptKey(name));
  return defineContentScript({
    registration: 'runtime',
    main(ctx) {
      const scope = globalThis as { [loaded]?: boolean };
      if (window !== window.top || scope[loaded]) return;
      scope[loaded] = true;
      ctx.onInvalidated(() => delete scope[loaded]);
      register(document, ctx.signal);
    },
  });
}
