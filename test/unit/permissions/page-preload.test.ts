import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PRELOAD_ID, preloadMatches, syncPagePreload } from '../../../lib/permissions/page-preload';
import { installFakeGrants } from '../../support/fake-grants';

const PORTAL = 'https://portal.example.com/*';
const OTHER = 'https://pos.example.cn/*';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('preloadMatches', () => {
  it.each([
    [[], []],
    [[PORTAL], [PORTAL]],
    [
      [OTHER, PORTAL, OTHER],
      [PORTAL, OTHER],
    ],
    [['<all_urls>'], []],
    [['*://*/*', 'https://*/*', 'http://*/*', PORTAL], [PORTAL]],
    [['https://*.example.com/*'], ['https://*.example.com/*']],
    [
      ['http://127.0.0.1/*', 'http://localhost/*', '<all_urls>'],
      ['http://127.0.0.1/*', 'http://localhost/*'],
    ],
  ])('%j → %j', (origins, matches) => {
    expect(preloadMatches(origins)).toEqual(matches);
  });
});

describe('syncPagePreload', () => {
  it('registers nothing while no portal is granted, not even for the screenshot grant', async () => {
    const fake = installFakeGrants(['<all_urls>']);
    await syncPagePreload();
    expect(fake.scripts.size).toBe(0);
    expect(fake.calls).toEqual([]);
  });

  it('loads the content script in the top frame of granted portals only, once the page is idle', async () => {
    const fake = installFakeGrants([PORTAL, '<all_urls>']);
    await syncPagePreload();
    expect(fake.scripts.get(PRELOAD_ID)).toEqual({
      id: PRELOAD_ID,
      js: ['/content-scripts/content.js'],
      matches: [PORTAL],
      runAt: 'document_idle',
      allFrames: false,
      persistAcrossSessions: true,
    });
  });

  it('follows grants and withdrawals, and leaves a registration that already matches alone', async () => {
    const fake = installFakeGrants([PORTAL]);
    await syncPagePreload();
    await syncPagePreload();
    fake.origins.push(OTHER);
    await syncPagePreload();
    expect(fake.scripts.get(PRELOAD_ID)?.matches).toEqual([PORTAL, OTHER]);
    fake.origins = [OTHER];
    await syncPagePreload();
    expect(fake.scripts.get(PRELOAD_ID)?.matches).toEqual([OTHER]);
    fake.origins = [];
    await syncPagePreload();
    expect(fake.scripts.size).toBe(0);
    expect(fake.calls).toEqual([
      `register ${PRELOAD_ID}`,
      `update ${PRELOAD_ID}`,
      `update ${PRELOAD_ID}`,
      `unregister ${PRELOAD_ID}`,
    ]);
  });

  it('runs calls made at once one after another, so the script is registered once', async () => {
    const fake = installFakeGrants([PORTAL]);
    await Promise.all([syncPagePreload(), syncPagePreload(), syncPagePreload()]);
    expect(fake.calls).toEqual([`register ${PRELOAD_ID}`]);
  });

  it('tells its caller when the browser refuses, and the next call starts afresh', async () => {
    const fake = installFakeGrants([PORTAL]);
    vi.mocked(fakeBrowser.scripting.registerContentScripts).mockRejectedValueOnce(new Error('Could not load file'));
    await expect(syncPagePreload()).rejects.toThrow('Could not load file');
    await syncPagePreload();
    expect(fake.scripts.get(PRELOAD_ID)?.matches).toEqual([PORTAL]);
  });
});

describe('the worker', () => {
  it('brings the preload in step at start, and again on every grant and withdrawal', async () => {
    const fake = installFakeGrants([PORTAL]);
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => undefined);
    vi.resetModules();
    const { registerBackgroundHandlers } = await import('../../../lib/background/background-handlers');
    registerBackgroundHandlers();
    const matches = () => fake.scripts.get(PRELOAD_ID)?.matches;
    // Only the worker's own start and listeners sync here: nothing below calls the preload itself.
    await vi.waitFor(() => expect(matches()).toEqual([PORTAL]));

    fake.grant(OTHER);
    await vi.waitFor(() => expect(matches()).toEqual([PORTAL, OTHER]));

    fake.revoke(PORTAL);
    fake.revoke(OTHER);
    await vi.waitFor(() => expect(fake.scripts.size).toBe(0));
  });
});
