import { defineContentScript } from 'wxt/utils/define-content-script';
import { registerContentHandlers } from '../lib/content/content-handlers';

// Injected on demand into every frame; only the top frame answers, and it walks same-origin frames itself.
const LOADED = Symbol.for('canceldesk.content');

export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    const scope = globalThis as { [LOADED]?: boolean };
    if (window !== window.top || scope[LOADED]) return;
    scope[LOADED] = true;
    ctx.onInvalidated(() => delete scope[LOADED]);
    registerContentHandlers(document, ctx.signal);
  },
});
