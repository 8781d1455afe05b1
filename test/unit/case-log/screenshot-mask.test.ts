import { describe, expect, it } from 'vitest';
import {
  createScreenshotTaker,
  dataUrlBytes,
  MAX_ATTEMPTS,
  sameLayout,
  screenshotFailureText,
  type ScreenshotDeps,
} from '../../../lib/case-log/screenshot';
import { translator } from '../../../lib/i18n';
import type { SensitiveRects } from '../../../lib/schema/messages';
import { MaskError } from '../../../lib/screenshot/mask-image';

const PNG_URL = `data:image/png;base64,${btoa(String.fromCharCode(0x89, 0x50, 0x4e, 0x47, 1, 2))}`;
const MASKED = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 9, 9]);
const PAGE: SensitiveRects = { width: 1280, height: 720, dpr: 1, rects: [{ x: 10, y: 20, width: 100, height: 20 }] };

/** Browser stand-ins that log each call; `pages` are the successive answers of the content script. */
function fakeDeps(over: Partial<ScreenshotDeps> = {}, pages: SensitiveRects[] = []) {
  const calls: string[] = [];
  const masked: { png: Uint8Array; page: SensitiveRects }[] = [];
  const captures: number[] = [];
  let clock = 10_000;
  let asked = 0;
  const deps: ScreenshotDeps = {
    getTab: async (tabId) => (calls.push(`get ${tabId}`), { windowId: 3, active: true }),
    activate: async (tabId) => void calls.push(`activate ${tabId}`),
    inject: async () => (calls.push('inject'), { ok: true }),
    rects: async () => (calls.push('rects'), { ok: true, value: pages[asked++] ?? PAGE }),
    capture: async (windowId) => (calls.push(`capture ${windowId}`), captures.push(clock), PNG_URL),
    mask: async (png, page) => (calls.push('mask'), masked.push({ png, page }), MASKED),
    wait: async (ms) => void (clock += ms),
    now: () => clock,
    ...over,
  };
  return { deps, calls, masked, captures };
}

describe('createScreenshotTaker: masks the image, never the page', () => {
  it('measures, captures, measures again, then paints both measures over the image', async () => {
    const { deps, calls, masked } = fakeDeps();
    const shot = await createScreenshotTaker(deps)(5);
    expect(shot).toEqual({ ok: true, bytes: MASKED, covered: 1 });
    expect(calls).toEqual(['get 5', 'inject', 'rects', 'capture 3', 'rects', 'get 5', 'mask']);
    expect(masked[0]!.png).toEqual(dataUrlBytes(PNG_URL));
    expect(masked[0]!.page.rects).toEqual([...PAGE.rects, ...PAGE.rects]);
  });

  it('brings a background tab to the front before measuring', async () => {
    const { deps, calls } = fakeDeps({
      getTab: async () => (calls.push('get'), { windowId: 8, active: calls.includes('activate 5') }),
    });
    await createScreenshotTaker(deps)(5);
    expect(calls.slice(0, 5)).toEqual(['get', 'inject', 'activate 5', 'rects', 'capture 8']);
  });

  it.each([
    ['no_response', 'no_answer'],
    ['page_error', 'page_error'],
    ['invalid_reply', 'page_error'],
  ] as const)('takes no screenshot when the page cannot say where to mask (%s)', async (code, why) => {
    const { deps, calls } = fakeDeps({ rects: async () => ({ ok: false, error: { code, detail: 'gone' } }) });
    expect(await createScreenshotTaker(deps)(5)).toEqual({ ok: false, reason: 'cover_failed', detail: 'gone', why });
    expect(calls.some((c) => c.startsWith('capture'))).toBe(false);
  });

  it('throws the capture away when the second measure fails', async () => {
    let n = 0;
    const { deps, calls } = fakeDeps({
      rects: async () =>
        n++ === 0 ? { ok: true, value: PAGE } : { ok: false, error: { code: 'page_error', detail: 'too big' } },
    });
    expect(await createScreenshotTaker(deps)(5)).toMatchObject({
      ok: false,
      reason: 'cover_failed',
      why: 'page_error',
    });
    expect(calls).not.toContain('mask');
  });

  it('tries again when the page moved between the measures, and gives up after MAX_ATTEMPTS', async () => {
    const moved = (dy: number): SensitiveRects => ({ ...PAGE, rects: [{ ...PAGE.rects[0]!, y: 20 + dy }] });
    const settles = fakeDeps({}, [moved(0), moved(40), PAGE, PAGE]);
    expect(await createScreenshotTaker(settles.deps)(5)).toMatchObject({ ok: true });
    expect(settles.calls.filter((c) => c.startsWith('capture'))).toHaveLength(2);

    const never = fakeDeps(
      {},
      Array.from({ length: 2 * MAX_ATTEMPTS }, (_, i) => moved(i * 30)),
    );
    expect(await createScreenshotTaker(never.deps)(5)).toMatchObject({
      ok: false,
      reason: 'cover_failed',
      why: 'page_moved',
    });
    expect(never.calls).not.toContain('mask');
  });

  it('refuses an image when the tab was no longer in front', async () => {
    let n = 0;
    const { deps, calls } = fakeDeps({ getTab: async () => ({ windowId: 3, active: n++ === 0 }) });
    expect(await createScreenshotTaker(deps)(5)).toMatchObject({ ok: false, why: 'tab_changed' });
    expect(calls).not.toContain('mask');
  });

  it('reports an image that does not match the page, and keeps nothing', async () => {
    const { deps } = fakeDeps({
      mask: async () => {
        throw new MaskError('image_mismatch', 'the 10×10 image is not of the 1280×720 page');
      },
    });
    expect(await createScreenshotTaker(deps)(5)).toEqual({
      ok: false,
      reason: 'cover_failed',
      why: 'image_mismatch',
      detail: 'the 10×10 image is not of the 1280×720 page',
    });
  });

  it('never captures more than twice in any second, retries included, even when asked at once', async () => {
    const moved: SensitiveRects = { ...PAGE, rects: [{ ...PAGE.rects[0]!, y: 90 }] };
    const { deps, captures } = fakeDeps({}, [PAGE, moved, PAGE, PAGE, PAGE, PAGE, PAGE, PAGE, PAGE, PAGE, PAGE, PAGE]);
    const take = createScreenshotTaker(deps);
    const shots = await Promise.all(Array.from({ length: 5 }, () => take(5)));
    expect(shots.every((s) => s.ok)).toBe(true);
    expect(captures).toHaveLength(6);
    for (let i = 2; i < captures.length; i++) expect(captures[i]! - captures[i - 2]!).toBeGreaterThanOrEqual(1000);
  });

  it('reports a missing permission from the capture', async () => {
    const { deps } = fakeDeps({
      capture: async () => {
        throw new Error("Either the '<all_urls>' or 'activeTab' permission is required.");
      },
    });
    expect(await createScreenshotTaker(deps)(5)).toMatchObject({ ok: false, reason: 'permission' });
  });
});

describe('sameLayout', () => {
  it('allows a pixel of drift and nothing more', () => {
    const shifted = (d: number): SensitiveRects => ({ ...PAGE, rects: [{ ...PAGE.rects[0]!, x: 10 + d }] });
    expect(sameLayout(PAGE, shifted(1))).toBe(true);
    expect(sameLayout(PAGE, shifted(3))).toBe(false);
    expect(sameLayout(PAGE, { ...PAGE, width: 1000 })).toBe(false);
    expect(sameLayout(PAGE, { ...PAGE, rects: [] })).toBe(false);
  });
});

describe('screenshotFailureText', () => {
  it('says why no screenshot was taken, in the panel’s language', () => {
    expect(
      screenshotFailureText(translator('en'), { ok: false, reason: 'cover_failed', detail: 'x', why: 'page_moved' }),
    ).toMatch(/kept moving/);
    expect(
      screenshotFailureText(translator('zh'), { ok: false, reason: 'cover_failed', detail: 'x', why: 'no_answer' }),
    ).toMatch(/没有响应/);
    expect(screenshotFailureText(translator('en'), { ok: false, reason: 'failed', detail: 'boom' })).toBe(
      'The screenshot failed: boom',
    );
  });
});
