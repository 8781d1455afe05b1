import { describe, expect, it } from 'vitest';
import { extractOrder } from '../../../lib/capture/extract-order';
import { CaptureResult } from '../../../lib/schema/capture';
import { byJson, CAPTURE_OPTIONS, problemKeys, type CaptureExpected } from '../../builders/capture-expected';
import type { Order } from '../../../lib/schema/order';
import { expectedFor, loadPortal, portalNames } from './load-portal';
import { withZones } from '../../../lib/capture/with-zones';

// happy-dom computes styles but lays nothing out: zero size, clip, clip-path and off-screen placement all read
// as shown here, so fixtures marked `layout: true` are checked in real Chromium only (test/e2e/capture-fixtures.spec.ts).
const domPortals = () => portalNames().filter((n) => !expectedFor<CaptureExpected>(n).layout);

describe('extractOrder on portal fixtures', () => {
  it.each(domPortals())('%s: reads every field, offers every row, reports every problem', async (name) => {
    const expected = expectedFor<CaptureExpected>(name);
    const doc = await loadPortal(`${name}/index.html`);
    const result = extractOrder(doc, withZones({ ...CAPTURE_OPTIONS, ...expected.options }));

    expect(() => CaptureResult.parse(result)).not.toThrow();
    expect(result.draft?.values ?? null).toEqual(expected.draft);
    expect(result.candidates.map((c) => ({ summary: c.summary, values: c.draft.values }))).toEqual(expected.candidates);
    expect(byJson(problemKeys(result.problems))).toEqual(byJson(expected.problems));
    const json = JSON.stringify(result);
    for (const secret of expected.absent) expect(json).not.toContain(secret);
  });

  it.each(domPortals().filter((n) => expectedFor<CaptureExpected>(n).draft !== null))(
    '%s: every field says where it came from, with a locator that finds a page element',
    async (name) => {
      const expected = expectedFor<CaptureExpected>(name);
      const doc = await loadPortal(`${name}/index.html`);
      const draft = extractOrder(doc, withZones({ ...CAPTURE_OPTIONS, ...expected.options })).draft;
      for (const key of Object.keys(expected.draft ?? {}) as (keyof Order)[]) {
        const source = draft?.sources[key];
        expect(source?.confidence, key).toBeGreaterThan(0.3);
        expect(source?.locator?.path.length, key).toBeGreaterThan(0);
      }
    },
  );
});
