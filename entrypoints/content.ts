import { definePageScript } from '../lib/content/define-page-script';
import { registerContentHandlers } from '../lib/content/content-handlers';

// Capture, highlight, pick and masking rectangles: injected when the agent captures.
export default definePageScript('content', registerContentHandlers);
