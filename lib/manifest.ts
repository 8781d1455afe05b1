/** Hosts the demo portal and the tests run on; granted at install so they need no prompt. */
export const LOCAL_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];

/** Builds the manifest fields for a build mode; e2e builds add what Playwright cannot grant through a prompt. */
export function buildManifest({ mode, browser }: { mode: string; browser: string }) {
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
    host_permissions: [...LOCAL_HOSTS, ...testOnly],
    optional_host_permissions: ['*://*/*'],
    action: { default_title: '__MSG_extName__' },
  };
}
