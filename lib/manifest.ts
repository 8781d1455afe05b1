/**
 * Hosts the demo portal and the tests run on. Demo and e2e builds are granted them at install, so they need no
 * prompt; the production build never asks for them (a portal on a loopback host is granted like any other).
 */
export const LOCAL_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];

/** The build modes that hold LOCAL_HOSTS: `wxt build --mode demo` (npm run demo) and `--mode e2e`. */
export const LOCAL_HOST_MODES = ['demo', 'e2e'];

/** Whether a build mode is a demo or test build; such builds also run React's production build (wxt.config.ts). */
export const isLocalMode = (mode: string): boolean => LOCAL_HOST_MODES.includes(mode);

/** The widest pattern a portal grant can come from; never required, always asked for per origin. */
export const PORTAL_PATTERN = '*://*/*';

const OPTIONAL_HOSTS = [PORTAL_PATTERN, '<all_urls>'];

/**
 * Builds the manifest fields for a build mode: demo and e2e builds hold the local hosts, and e2e builds add
 * what Playwright cannot grant through a prompt.
 */
export function buildManifest({ mode, browser }: { mode: string; browser: string }) {
  const localOnly = isLocalMode(mode) ? LOCAL_HOSTS : [];
  const testOnly = mode === 'e2e' ? ['<all_urls>'] : [];
  return {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [
      'storage',
      'unlimitedStorage',
      'tabs',
      'scripting',
      'activeTab',
      'alarms',
      'notifications',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    host_permissions: [...localOnly, ...testOnly],
    // Portal origins are asked for one at a time at run time; MV2 (Firefox) names them optional_permissions.
    // <all_urls> is offered once, for screenshots when activeTab has not been granted by a click or shortcut.
    ...(browser === 'firefox'
      ? { optional_permissions: OPTIONAL_HOSTS }
      : { optional_host_permissions: OPTIONAL_HOSTS }),
    action: { default_title: '__MSG_extName__' },
    commands: {
      'capture-order': { suggested_key: { default: 'Alt+Shift+O' }, description: '__MSG_cmdCapture__' },
      'fill-form': { suggested_key: { default: 'Alt+Shift+F' }, description: '__MSG_cmdFill__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'canceldesk@canceldesk.invalid',
              strict_min_version: '115.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  };
}
