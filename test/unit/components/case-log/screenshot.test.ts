import { describe, expect, it } from 'vitest';
import { createScreenshotTaker, dataUrlBytes, throttleDelay, type ScreenshotDeps } from '../../../../components/case-log/screenshot';

const PNG_URL = `data:image/png;base64,${btoa(String.fromCharCode(0x89, 0x50, 0x4e, 0x47, 1, 2))}`;

/** Browser stand-ins that log each call and keep a fake clock that `wait` moves forward. */
function fakeDeps(over: Partial<ScreenshotDeps> = {}) {
  const calls: string[] = [];
  const captures: number[] = [];
  let clock = 10_000;
  const deps: ScreenshotDeps = {
    getTab: async (tabId) => (calls.push(`get ${tabId}`), { windowId: 3, active: true }),
    activate: async (tabId) => void calls.push(`activate ${tabId}`),
    inject: async () => (calls.push('inject'), { ok: true }),
    cover: async () => (calls.push('cover'), { ok: true, value: { covered: 2 } }),
    uncover: async () => (calls.push('uncover'), { ok: true, value: { covered: 2 } }),
    capture: async (windowId) => (calls.push(`capture ${windowId}`), captures.push(clock), PNG_URL),
    wait: async (ms) => void (clock += ms),
    now: () => clock,
    ...over,
  };
  return { deps, calls, captures };
}

describe('throttleDelay', () => {
  it.each([
    [[], 1000, 0],
    [[900], 1000, 0],
    [[100, 900], 1000, 100],
    [[500, 900], 1000, 500],
    [[0, 10], 1000, 0],
    [[100, 200, 900], 1000, 200],
  ])('after captures at %j, at %i waits %i ms', (recent, now, wait) => {
    expect(throttleDelay(recent, now)).toBe(wait);
  });
});

describe('dataUrlBytes', () => {
  it('decodes a base64 data URL', () => {
    expect([...dataUrlBytes(PNG_URL)]).toEqual([0x89, 0x50, 0x4e, 0x47, 1, 2]);
  });
});

describe('createScreenshotTaker', () => {
  it('covers, captures the tab’s window, then uncovers', async () => {
    const { deps, calls } = fakeDeps();
    const shot = await createScreenshotTaker(deps)(5);
    expect(shot).toEqual({ ok: true, bytes: dataUrlBytes(PNG_URL), covered: 2 });
    expect(calls).toEqual(['get 5', 'inject', 'cover', 'capture 3', 'uncover']);
  });

  it('brings a background tab to the front first', async () => {
    const { deps, calls } = fakeDeps({ getTab: async () => ({ windowId: 8, active: false }) });
    await createScreenshotTaker(deps)(5);
    expect(calls).toEqual(['inject', 'activate 5', 'cover', 'capture 8', 'uncover']);
  });

  it('takes no screenshot when the covers cannot be put up', async () => {
    const { deps, calls } = fakeDeps({ cover: async () => ({ ok: false, error: { code: 'no_response', detail: 'gone' } }) });
    expect(await createScreenshotTaker(deps)(5)).toEqual({ ok: false, reason: 'cover_failed', detail: 'gone' });
    expect(calls.some((c) => c.startsWith('capture'))).toBe(false);
  });

  it.each([
    ["Either the '<all_urls>' or 'activeTab' permission is required.", 'permission'],
    ['Failed to capture tab: image readback failed', 'failed'],
  ] as const)('uncovers even when the capture throws %j (%s)', async (message, reason) => {
    const { deps, calls } = fakeDeps({
      capture: async () => {
        throw new Error(message);
      },
    });
    expect(await createScreenshotTaker(deps)(5)).toEqual({ ok: false, reason, detail: message });
    expect(calls.at(-1)).toBe('uncover');
  });

  it.each([
    ['permission_missing', 'permission'],
    ['tab_closed', 'tab_closed'],
    ['page_error', 'cover_failed'],
  ] as const)('an injection failing with %s is reported as %s', async (code, reason) => {
    const { deps, calls } = fakeDeps({ inject: async () => ({ ok: false, error: { code, detail: 'x' } }) });
    expect(await createScreenshotTaker(deps)(5)).toMatchObject({ ok: false, reason });
    expect(calls).toEqual(['get 5']);
  });

  it('reports a closed tab', async () => {
    const { deps } = fakeDeps({
      getTab: async () => {
        throw new Error('No tab with id: 5.');
      },
    });
    expect(await createScreenshotTaker(deps)(5)).toEqual({ ok: false, reason: 'tab_closed', detail: 'No tab with id: 5.' });
  });

  it('never captures more than twice in any second, even when asked at once', async () => {
    const { deps, captures } = fakeDeps();
    const take = createScreenshotTaker(deps);
    const shots = await Promise.all(Array.from({ length: 7 }, () => take(5)));
    expect(shots.every((s) => s.ok)).toBe(true);
    expect(captures).toHaveLength(7);
    for (let i = 2; i < captures.length; i++) expect(captures[i]! - captures[i - 2]!).toBeGreaterThanOrEqual(1000);
  });
});
