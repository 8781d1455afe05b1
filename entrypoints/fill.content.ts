import { definePageScript } from '../lib/content/define-page-script';
import { registerFillHandlers } from '../lib/content/fill-handlers';

// Fill and undo: injected only when the agent fills a form.
export default definePageScript('fill', registerFillHandlers);
