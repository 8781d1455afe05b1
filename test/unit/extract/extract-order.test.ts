import { describe, expect, it } from 'vitest';
import { extractOrder, type ExtractOptions } from '../../../lib/capture/extract-order';
import { CaptureResult, type CaptureProblem } from '../../../lib/schema/capture';
import type { Order } from '../../../lib/schema/order';
import { expectedFor, loadPortal, portalNames } from './load-portal';
import { withZones } from '../../../lib/capture/with-zones';

type Expected = {
  options?: Partial<ExtractOptions>;
  draft: Partial<Order> | null;
  candidates: { summary: string; values: Partial<Order> }[];
  problems: Pick<CaptureProblem, 'code' | 'key' | 'label'>[];
  absent: string[];
  /** The page hides copies by layout alone (size, clip, off-screen), which only a browser can tell. */
  layout?: boolean;
};

// happy-dom computes styles but lays nothing out: zero size, clip, clip-path and off-screen placement all read
// as shown here, so fixtures marked `layout: true` are checked in real Chromium only (test/e2e/capture-fixtures.spec.ts).
const domPortals = () => portalNames().filter((n) => !expectedFor<Expected>(n).layout);

const OPTIONS: ExtractOptions = { zone: 'Asia/Shanghai', idMask: { keepStart: 3, keepEnd: 4 } };
const byJson = <T>(list: T[]) => [...list].map((x) => JSON.stringify(x)).sort();
const problemKeys = (problems: CaptureProblem[]) =>
  problems.map(({ code, key, label }) => ({ code, ...(key ? { key } : {}), ...(label ? { label } : {}) }));

describe('extractOrder on portal fixtures', () => {
  it.each(domPortals())('%s: reads every field, offers every row, reports every problem', async (name) => {
    const expected = expectedFor<Expected>(name);
    const doc = await loadPortal(`${name}/index.html`);
    const result = extractOrder(doc, withZones({ ...OPTIONS, ...expected.options }));

    expect(() => CaptureResult.parse(result)).not.toThrow();
    expect(result.draft?.values ?? null).toEqual(expected.draft);
    expect(result.candidates.map((c) => ({ summary: c.summary, values: c.draft.values }))).toEqual(expected.candidates);
    expect(byJson(problemKeys(result.problems))).toEqual(byJson(expected.problems));
    const json = JSON.stringify(result);
    for (const secret of expected.absent) expect(json).not.toContain(secret);
  });

  it.each(domPortals().filter((n) => expectedFor<Expected>(n).draft !== null))(
    '%s: every field says where it came from, with a locator that finds a page element',
    async (name) => {
      const expected = expectedFor<Expected>(name);
      const doc = await loadPortal(`${name}/index.html`);
      const draft = extractOrder(doc, withZones({ ...OPTIONS, ...expected.options })).draft;
      for (const key of Object.keys(expected.draft ?? {}) as (keyof Order)[]) {
        const source = draft?.sources[key];
        expect(source?.confidence, key).toBeGreaterThan(0.3);
        expect(source?.locator?.path.length, key).toBeGreaterThan(0);
      }
    },
  );
});
