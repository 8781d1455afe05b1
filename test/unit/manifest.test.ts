import { describe, expect, it } from 'vitest';
import { buildManifest } from '../../lib/manifest';

describe('buildManifest', () => {
  it.each(['chrome', 'firefox'])('production %s build asks for no <all_urls> host permission', (browser) => {
    const m = buildManifest({ mode: 'production', browser });
    expect(m.host_permissions).not.toContain('<all_urls>');
    expect(m.host_permissions.some((h) => h.startsWith('*://*') || h === 'https://*/*')).toBe(false);
  });
  it('e2e build adds <all_urls> for screenshots Playwright cannot grant', () => {
    expect(buildManifest({ mode: 'e2e', browser: 'chrome' }).host_permissions).toContain('<all_urls>');
  });
});

describe('portal access', () => {
  it.each([
    ['chrome', 'optional_host_permissions'],
    ['firefox', 'optional_permissions'],
  ] as const)('%s asks for portal origins and screenshot access at run time through %s', (browser, key) => {
    const m = buildManifest({ mode: 'production', browser }) as Record<string, unknown>;
    expect(m[key]).toEqual(['*://*/*', '<all_urls>']);
  });
});
