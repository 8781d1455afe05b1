/*
 * Who sends a runtime message, as the browser reports it, for the checks on both sides of the boundary
 * (lib/messaging.ts in the panel, lib/content/page-messaging.ts in the page).
 */
// fakeBrowser: runtime.id 'test-extension-id', pages at chrome-extension://test-extension-id/.
export const ID = 'test-extension-id';
export const BASE = `chrome-extension://${ID}/`;
export const ORIGIN = `chrome-extension://${ID}`;

export const SENDERS = {
  // Chrome gives the service worker no URL; Firefox its (generated) background page.
  worker: { id: ID },
  workerWithOrigin: { id: ID, origin: ORIGIN },
  firefoxBackground: { id: ID, url: `${BASE}_generated_background_page.html` },
  sidePanel: { id: ID, url: `${BASE}sidepanel.html`, origin: ORIGIN },
  poppedOutPanel: { id: ID, url: `${BASE}sidepanel.html?tab=10`, tab: { id: 20, url: `${BASE}sidepanel.html?tab=10` } },
  optionsTab: { id: ID, url: `${BASE}options.html`, tab: { id: 30, url: `${BASE}options.html` } },
  contentScript: {
    id: ID,
    url: 'https://portal.example/order/1',
    origin: 'https://portal.example',
    tab: { id: 10, url: 'https://portal.example/order/1' },
  },
  extensionFrameInAPage: {
    id: ID,
    url: `${BASE}sidepanel.html`,
    tab: { id: 10, url: 'https://portal.example/order/1' },
  },
  tabWithoutUrl: { id: ID, tab: { id: 10 } },
  spoofedOrigin: { id: ID, url: `${BASE}sidepanel.html`, origin: 'https://portal.example' },
  lookalikeUrl: { id: ID, url: `chrome-extension://${ID}.evil/sidepanel.html` },
  otherExtension: { id: 'another-extension', url: 'chrome-extension://another-extension/page.html' },
  noId: { url: `${BASE}sidepanel.html` },
  none: undefined,
} as const;
export type SenderName = keyof typeof SENDERS;

/** The senders every message from the extension's own pages is taken from. */
export const EXTENSION: SenderName[] = [
  'worker',
  'workerWithOrigin',
  'firefoxBackground',
  'sidePanel',
  'poppedOutPanel',
  'optionsTab',
];

/** Senders nothing is taken from: content scripts, web pages, other extensions, or no sender at all. */
export const REFUSED: SenderName[] = [
  'contentScript',
  'extensionFrameInAPage',
  'tabWithoutUrl',
  'spoofedOrigin',
  'lookalikeUrl',
  'otherExtension',
  'noId',
  'none',
];
