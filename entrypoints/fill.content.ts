import { defineContentScript } from 'wxt/utils/define-content-script';
import { registerFillHandlers } from '../lib/content/fill-handlers';

// Injected on demand, only to fill a form; like the capture script, only the top frame answers.
const LOADED = Symbol.for('canceldesk.fill');

export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    const scope = globalThis as { [LOADED]?: boolean };
    if (window !== window.top || scope[LOADED]) return;
    scope[LOADED] = true;
    ctx.onInvalidated(() => delete scope[LOADED]);
    registerFillHandlers(document, ctx.signal);
  },
});
