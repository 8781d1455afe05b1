import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, expect, test, type Browser } from '@playwright/test';
import type { ExtractOptions } from '../../lib/capture/extract-order';
import { CaptureResult } from '../../lib/schema/capture';
import { byJson, CAPTURE_OPTIONS, problemKeys, type CaptureExpected } from '../builders/capture-expected';
import type { Order } from '../../lib/schema/order';
import { bundleForPage } from '../bench/bundle';
import { chromiumPath } from '../support/browser';
import { serveStatic, type StaticServer } from '../support/static-server';

/**
 * The capture fixtures of test/unit/extract/extract-order.test.ts, read by extractOrder in real Chromium: the
 * same expectations, but with a layout engine behind the page, so the fixtures that hide copies by size, clip
 * or position alone (`layout: true`, skipped in happy-dom) are checked here too. No extension: the capture
 * code is bundled and run in the page itself.
 */

declare const cdCapture: { run(options: ExtractOptions): CaptureResult };

const PORTALS = resolve('test/fixtures/portals');
const SOURCE = `
import { withZones } from './lib/capture/with-zones';
import { extractOrder } from './lib/capture/extract-order';
export function run(options) { return extractOrder(document, withZones(options)); }
`;

/** Capture fixtures: folders with an expected.json (the demo portal's expectations live in its own test). */
const names = readdirSync(PORTALS, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(PORTALS, d.name, 'expected.json')))
  .map((d) => d.name)
  .sort();
const expectedFor = (name: string) =>
  JSON.parse(readFileSync(join(PORTALS, name, 'expected.json'), 'utf8')) as CaptureExpected;

let browser: Browser;
let server: StaticServer;
let script: string;

test.beforeAll(async () => {
  [server, browser, script] = await Promise.all([
    serveStatic(PORTALS),
    chromium.launch({
      executablePath: chromiumPath(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    }),
    bundleForPage('cdCapture', SOURCE),
  ]);
});

test.afterAll(async () => {
  await browser?.close();
  await server?.close();
});

for (const name of names) {
  test(`${name}: in Chromium, reads every field, offers every row, reports every problem`, async () => {
    const expected = expectedFor(name);
    const page = await browser.newPage();
    try {
      await page.goto(`${server.origin}/${name}/index.html`);
      // Shadow hosts get their roots from the page's own script here (load-portal.ts only emulates it for
      // happy-dom), so a host still without one means that script did not run.
      const bare = await page.evaluate(
        () => [...document.querySelectorAll('[data-shadow-template]')].filter((h) => !h.shadowRoot).length,
      );
      expect(bare, 'shadow hosts the page script left without a shadow root').toBe(0);
      await page.addScriptTag({ content: script });
      const result = await page.evaluate((options) => cdCapture.run(options), {
        ...CAPTURE_OPTIONS,
        ...expected.options,
      } as ExtractOptions);

      expect.soft(() => CaptureResult.parse(result)).not.toThrow();
      expect.soft(result.draft?.values ?? null, 'draft').toEqual(expected.draft);
      expect
        .soft(
          result.candidates.map((c) => ({ summary: c.summary, values: c.draft.values })),
          'candidates',
        )
        .toEqual(expected.candidates);
      expect.soft(byJson(problemKeys(result.problems)), 'problems').toEqual(byJson(expected.problems));
      // The address carries the static server's random port, which may hold any digits: leave the origin out.
      const json = JSON.stringify({ ...result, url: result.url.replace(server.origin, '') });
      for (const secret of expected.absent)
        expect.soft(json, `"${secret}" must not appear in the result`).not.toContain(secret);

      // Every field says where it came from, with a locator (as the unit test's second check).
      if (expected.draft !== null) {
        for (const key of Object.keys(expected.draft) as (keyof Order)[]) {
          const source = result.draft?.sources[key];
          expect.soft(source?.confidence, `${key} confidence`).toBeGreaterThan(0.3);
          expect.soft(source?.locator?.path.length, `${key} locator`).toBeGreaterThan(0);
        }
      }
    } finally {
      await page.close();
    }
  });
}
