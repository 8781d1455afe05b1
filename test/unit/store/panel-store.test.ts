import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { askTab } from '../../../lib/messaging';
import { createPanelStore } from '../../../lib/store/panel-store';
import { makeCaseRecord, makeDraft } from '../../builders/case';

const access = vi.hoisted(() => ({ granted: false, asked: [] as string[], sent: [] as string[] }));

vi.mock('../../../lib/permissions/tab-access', async (original) => ({
  ...(await original<typeof import('../../../lib/permissions/tab-access')>()),
  hasOriginAccess: async () => access.granted,
  requestOriginAccess: async (origin: string) => {
    access.asked.push(origin);
    access.granted = true;
    return true;
  },
  injectContentScript: async () => ({ ok: true, value: undefined }),
}));

vi.mock('../../../lib/messaging', async (original) => ({
  ...(await original<typeof import('../../../lib/messaging')>()),
  askTab: (async (_tabId: number, type: string) => {
    access.sent.push(type);
    return { ok: false, error: { code: 'no_response' } };
  }) as typeof askTab,
}));

const PORTAL = 'https://portal.example';

beforeEach(() => {
  fakeBrowser.reset();
  Object.assign(access, { granted: false, asked: [], sent: [] });
  // The verdict is a void on the sale day, so the fill is allowed.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-24T12:00:00+08:00'));
});
afterEach(() => vi.useRealTimers());

describe('access asked for in the middle of an action', () => {
  it.each([
    { action: 'capture', message: 'capture' },
    { action: 'fill', message: 'fill' },
    { action: 'undoFill', message: 'undoFill' },
  ] as const)('$action goes on once the agent grants the portal', async ({ action, message }) => {
    const store = createPanelStore('?tab=7', 'en');
    store.setState({
      target: { kind: 'tab', tabId: 7, url: `${PORTAL}/apply`, title: 'Apply', pinned: true },
      currentCase: makeCaseRecord({ origin: PORTAL, page: makeDraft() }),
    });

    await store.actions[action]();
    expect(store.getState().accessNeeded).toBe(PORTAL);
    expect(access.sent).toEqual([]);

    store.actions.grantAccess();
    await vi.waitFor(() => expect(access.sent).toEqual([message]));
    expect(access.asked).toEqual([PORTAL]);
    expect(store.getState().accessNeeded).toBeNull();
  });

  it('a fill asked for on one case does not go on after the agent opened another', async () => {
    const store = createPanelStore('?tab=7', 'en');
    store.setState({
      target: { kind: 'tab', tabId: 7, url: `${PORTAL}/apply`, title: 'Apply', pinned: true },
      currentCase: makeCaseRecord({ origin: PORTAL, page: makeDraft() }),
    });
    await store.actions.fill();
    store.setState({
      currentCase: makeCaseRecord({
        id: '00000000-0000-4000-8000-000000000002',
        origin: PORTAL,
        page: makeDraft({ orderNo: 'OTHER-1' }),
      }),
    });

    store.actions.grantAccess();
    await vi.waitFor(() => expect(access.asked).toEqual([PORTAL]));
    await new Promise((r) => setTimeout(r, 50));
    expect(access.sent).toEqual([]);
    expect(store.getState().accessNeeded).toBeNull();
  });
});
