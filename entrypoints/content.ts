import { definePageScript } from '../lib/content/define-page-script';
import { registerContentHandlers } from '../lib/content/content-handlers';

// Capture, highlight, pick and masking rectangles: loaded with granted portal pages, or injected on a capture.
export default definePageScript('content', registerContentHandlers);
