import { describe, expect, it } from 'vitest';
import { buildManifest, LOCAL_HOSTS } from '../../lib/manifest';

const BROWSERS = ['chrome', 'firefox'] as const;

describe('buildManifest', () => {
  it.each(BROWSERS)('production %s build asks for no <all_urls> host permission', (browser) => {
    const m = buildManifest({ mode: 'production', browser });
    expect(m.host_permissions).not.toContain('<all_urls>');
    expect(m.host_permissions.some((h) => h.startsWith('*://*') || h === 'https://*/*')).toBe(false);
  });
  it('e2e build adds <all_urls> for screenshots Playwright cannot grant', () => {
    expect(buildManifest({ mode: 'e2e', browser: 'chrome' }).host_permissions).toContain('<all_urls>');
  });
});

describe('local hosts (127.0.0.1, localhost)', () => {
  it.each(BROWSERS)('the production %s build asks for no host at all at install', (browser) => {
    const m = buildManifest({ mode: 'production', browser });
    expect(m.host_permissions).toEqual([]);
    expect(JSON.stringify(m)).not.toMatch(/127\.0\.0\.1|localhost/);
  });
  it.each(['development', 'staging', ''])('a build in any other mode (%j) asks for none either', (mode) => {
    expect(buildManifest({ mode, browser: 'chrome' }).host_permissions).toEqual([]);
  });
  it.each(BROWSERS)('the demo %s build holds them, and nothing wider', (browser) => {
    expect(buildManifest({ mode: 'demo', browser }).host_permissions).toEqual([
      'http://127.0.0.1/*',
      'http://localhost/*',
    ]);
  });
  it.each(BROWSERS)('the e2e %s build holds them besides <all_urls>', (browser) => {
    expect(buildManifest({ mode: 'e2e', browser }).host_permissions).toEqual([...LOCAL_HOSTS, '<all_urls>']);
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
