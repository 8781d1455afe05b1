import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getCase, listCases } from '../../../lib/db';
import type { askTab } from '../../../lib/messaging';
import type { CaptureResult } from '../../../lib/schema/capture';
import { makeDraft } from '../../builders/case';
import { eventTypes, makeStore, PORTAL, resetCaseDb } from './store-harness';

const page = vi.hoisted(() => ({ granted: true, reply: null as unknown, asked: [] as string[] }));
const synced = vi.hoisted(() => ({ count: 0 }));

vi.mock('../../../lib/permissions/tab-access', async (original) => ({
  ...(await original<typeof import('../../../lib/permissions/tab-access')>()),
  hasOriginAccess: async () => page.granted,
  injectContentScript: async () => ({ ok: true, value: undefined }),
}));
vi.mock('../../../lib/messaging', async (original) => ({
  ...(await original<typeof import('../../../lib/messaging')>()),
  askTab: (async (_tabId: number, type: string) => {
    page.asked.push(type);
    return page.reply;
  }) as typeof askTab,
}));
// The page's reading parsed by the panel (lib/capture/capture-page.ts), as the store receives it.
vi.mock('../../../lib/capture/capture-page', () => ({
  capturePage: async () => {
    page.asked.push('capture');
    return page.reply;
  },
}));
vi.mock('../../../lib/store/sync-reminders', () => ({
  syncReminders: async () => {
    synced.count += 1;
  },
}));

const URL_1001 = `${PORTAL}/zh/order-1001.html`;
const captured = (result: Partial<CaptureResult>) => ({
  ok: true,
  value: { url: URL_1001, title: 'Order', draft: null, candidates: [], problems: [], ...result },
});

beforeEach(async () => {
  fakeBrowser.reset();
  await resetCaseDb();
  Object.assign(page, { granted: true, reply: null, asked: [] });
  synced.count = 0;
});

describe('capture: the order on the target tab becomes a case through the store', () => {
  it('records the draft, opens the case, says how many fields and syncs reminders', async () => {
    page.reply = captured({ draft: makeDraft() });
    const store = await makeStore();

    await store.actions.capture();

    const [stored] = await listCases({});
    expect(stored).toBeDefined();
    expect(await eventTypes(stored!.id)).toEqual(['captured']);
    expect(stored!.origin).toBe(PORTAL);
    expect(store.getState()).toMatchObject({
      currentCase: await getCase(stored!.id),
      busy: false,
      notice: { key: 'captured', params: { count: Object.keys(makeDraft().values).length } },
    });
    expect(synced.count).toBe(1);
  });

  it.each([
    {
      why: 'a page of another origin',
      reply: captured({ url: 'https://elsewhere.example/order', draft: makeDraft() }),
      notice: 'captureOtherOrigin',
    },
    { why: 'no order on the page', reply: captured({}), notice: 'noOrderFound' },
    {
      why: 'a page that does not answer',
      reply: { ok: false, error: { code: 'no_response' } },
      notice: 'pageNoResponse',
    },
  ])('records nothing from $why and says so', async ({ reply, notice }) => {
    page.reply = reply;
    const store = await makeStore();
    await store.actions.capture();
    expect(await listCases({})).toEqual([]);
    expect(store.getState().notice).toMatchObject({ key: notice, tone: 'error' });
    expect(synced.count).toBe(0);
  });

  it('asks for the portal first when it is not granted, and reads nothing', async () => {
    page.granted = false;
    const store = await makeStore();
    await store.actions.capture();
    expect(page.asked).toEqual([]);
    expect(store.getState()).toMatchObject({
      accessNeeded: PORTAL,
      afterGrant: { action: 'capture', caseId: null },
    });
  });

  it('a page with several order numbers waits for the agent to choose one, then starts the case', async () => {
    page.reply = captured({ draft: makeDraft({ orderNo: undefined }) });
    const store = await makeStore();

    await store.actions.capture();
    expect(store.getState().pendingDraft).not.toBeNull();
    expect(store.getState().notice?.key).toBe('noOrderFound');
    expect(await listCases({})).toEqual([]);

    await store.actions.chooseOrderNo('202611249999');
    expect(store.getState().pendingDraft).toBeNull();
    expect(store.getState().currentCase?.orderNo).toBe('202611249999');
    expect(synced.count).toBe(1);
  });

  it('a list page offers its rows; the one the agent chooses becomes the case', async () => {
    const draft = makeDraft({ orderNo: '202611240000000001' });
    page.reply = captured({ candidates: [{ summary: 'Row 1', draft }] });
    const store = await makeStore();

    await store.actions.capture();
    expect(store.getState().candidates).toHaveLength(1);
    expect(store.getState().notice?.key).toBe('pickCandidate');

    await store.actions.useCandidate(store.getState().candidates[0]!);
    expect(store.getState().currentCase?.orderNo).toBe('202611240000000001');
    expect(store.getState().candidates).toEqual([]);
  });
});
