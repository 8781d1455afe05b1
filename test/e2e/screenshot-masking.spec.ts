import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from './fixtures';
import { CaseLogPage, readCaseDb } from './pages/case-log-page';

declare const chrome: typeof import('wxt/browser').browser;

/**
 * A screenshot taken as evidence is masked in the image itself: the panel asks the page where card, ID and
 * security-code numbers (and fields and frames that may hold them) are, captures the tab and paints over them
 * before the PNG is stored. The fixture (test/fixtures/portals/hostile-screenshot, no expected.json) writes
 * numbers every way a DOM overlay missed: full-width and glued to Chinese, dotted, an ID glued to its label, a
 * security code in running text, a card over three spans, in a closed shadow root, with invisible digits planted
 * between its groups, a card in a modal dialog (top layer), frames.
 */

const ORDER_NO = '202611251403220018';
/** The numbers on the page, as digits; none may be stored in full anywhere. */
const SECRETS = [
  '6222020200112230',
  '4111111111111111',
  '11010119900307109X',
  '6258802123456787',
  '6222021234567890128',
  '5555555555554444',
  '5105105105105100',
];
const MASK = [0x22, 0x22, 0x22];

type Box = { x: number; y: number; width: number; height: number };

/**
 * Where the sensitive things are on the portal, worked out from the page here (not by the extension): each
 * string's own characters (a Range over the text node holding it), elements by id, and frames' boxes.
 */
async function expectedAreas(
  portal: Page,
): Promise<{ viewport: { width: number; height: number }; areas: Record<string, Box>; orderNo: Box }> {
  return portal.evaluate(() => {
    const box = (r: DOMRect, dx = 0, dy = 0) => ({ x: r.left + dx, y: r.top + dy, width: r.width, height: r.height });
    /** The rectangle of a string inside one text node of a document. */
    const textBox = (doc: Document, text: string, dx = 0, dy = 0) => {
      const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode as Text;
        const at = node.data.indexOf(text);
        if (at < 0) continue;
        const range = doc.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        return box(range.getBoundingClientRect(), dx, dy);
      }
      throw new Error(`no text ${text}`);
    };
    const byId = (id: string) => box(document.getElementById(id)!.getBoundingClientRect());
    const frame = document.getElementById('f-same') as HTMLIFrameElement;
    const fr = frame.getBoundingClientRect();
    return {
      viewport: { width: innerWidth, height: innerHeight },
      areas: {
        'full-width card glued to Chinese': textBox(document, '６２２２ ０２０２ ００１１ ２２３０'),
        'dotted card': textBox(document, '4111.1111.1111.1111'),
        'ID glued to its label': textBox(document, '11010119900307109X'),
        'security code in running text': textBox(document, '123，', 0, 0),
        'card over three spans': byId('s-split'),
        'card in a closed shadow root': byId('h-closed'),
        'card with invisible digits planted (1/4)': byId('j1'),
        'card with invisible digits planted (2/4)': byId('j2'),
        'card with invisible digits planted (3/4)': byId('j3'),
        'card with invisible digits planted (4/4)': byId('j4'),
        'card in the modal dialog': byId('d-card'),
        'card in a same-origin frame': textBox(
          frame.contentDocument!,
          '6222021234567890128',
          fr.left + frame.clientLeft,
          fr.top + frame.clientTop,
        ),
        'sandboxed frame': byId('f-sandbox'),
        'cross-origin frame': byId('f-cross'),
        'field named cvn': byId('f-cvn'),
        'field with placeholder 安全码': byId('f-placeholder'),
      },
      orderNo: textBox(document, '202611251403220018'),
    };
  });
}

test('a screenshot is masked in the image: every sensitive number, field and frame painted over, the order number readable, no digits stored', async ({
  openPortal,
  openPanel,
}) => {
  test.setTimeout(90_000);
  const { page: portal, tabId } = await openPortal('hostile-screenshot/index.html');
  await expect(portal.locator('#risk')).toBeVisible();
  await expect.poll(() => portal.evaluate(() => document.querySelector('#risk')!.matches(':modal'))).toBe(true);
  await expect
    .poll(() =>
      portal.evaluate(
        () => (document.getElementById('f-same') as HTMLIFrameElement).contentDocument?.body?.textContent ?? '',
      ),
    )
    .toContain('6222021234567890128');
  await expect(portal.frameLocator('#f-cross').locator('body')).toContainText('4111', { timeout: 10_000 });

  const panel = await openPanel(tabId);
  const log = new CaseLogPage(panel.page);
  await panel.capture();
  await expect(panel.field('Order number')).toHaveValue(ORDER_NO);
  await log.takeScreenshot();
  await expect(log.evidenceRows().filter({ hasText: 'image/png' })).toHaveCount(1);
  // No DOM overlay was ever added to the portal.
  await expect(portal.locator('[data-canceldesk-cover]')).toHaveCount(0);

  // The secret strings really are shown on the portal, in the top layer too, for the masks to matter.
  const { viewport, areas, orderNo } = await expectedAreas(portal);
  for (const [name, area] of Object.entries(areas)) {
    expect(area.width * area.height, name).toBeGreaterThan(0);
    expect(
      area.x >= 0 && area.y >= 0 && area.x + area.width <= viewport.width && area.y + area.height <= viewport.height,
      `${name} is inside the viewport`,
    ).toBe(true);
  }
  // The security-code area is "123，": only the digits count.
  const csc = areas['security code in running text']!;
  areas['security code in running text'] = { ...csc, width: (csc.width * 3) / 4 };

  const check = await panel.page.evaluate(
    async ({ viewport, areas, orderNo, mask }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('canceldesk');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const blobs = await new Promise<{ bytes: Uint8Array<ArrayBuffer> }[]>((resolve, reject) => {
        const req = db.transaction('evidenceBlobs').objectStore('evidenceBlobs').getAll();
        req.onsuccess = () => resolve(req.result as { bytes: Uint8Array<ArrayBuffer> }[]);
        req.onerror = () => reject(req.error);
      });
      db.close();
      const png = blobs.find((b) => b.bytes[0] === 0x89 && b.bytes[1] === 0x50);
      if (!png) return { error: 'no PNG stored' };
      const bitmap = await createImageBitmap(new Blob([png.bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const sx = bitmap.width / viewport.width;
      const sy = bitmap.height / viewport.height;
      const isMask = (d: Uint8ClampedArray, i: number) =>
        Math.abs(d[i]! - mask[0]!) <= 3 && Math.abs(d[i + 1]! - mask[1]!) <= 3 && Math.abs(d[i + 2]! - mask[2]!) <= 3;
      /** Share of the area's pixels (1 px inside its edge) in the mask colour, and of dark (text) pixels. */
      const measure = (b: { x: number; y: number; width: number; height: number }) => {
        const x = Math.ceil(b.x * sx) + 1;
        const y = Math.ceil(b.y * sy) + 1;
        const w = Math.max(1, Math.floor((b.x + b.width) * sx) - 1 - x);
        const h = Math.max(1, Math.floor((b.y + b.height) * sy) - 1 - y);
        const data = ctx.getImageData(x, y, w, h).data;
        let masked = 0;
        let dark = 0;
        for (let i = 0; i < data.length; i += 4) {
          if (isMask(data, i)) masked++;
          if (data[i]! + data[i + 1]! + data[i + 2]! < 3 * 160) dark++;
        }
        const n = data.length / 4;
        return { masked: masked / n, dark: dark / n };
      };
      return {
        size: [bitmap.width, bitmap.height],
        areas: Object.fromEntries(Object.entries(areas).map(([name, b]) => [name, measure(b).masked])),
        orderNo: measure(orderNo),
      };
    },
    { viewport, areas, orderNo, mask: MASK },
  );
  expect(check).not.toHaveProperty('error');
  expect(check.size![0]! / viewport.width).toBeCloseTo(check.size![1]! / viewport.height, 1);
  for (const name of Object.keys(areas)) expect(check.areas![name], `${name} is painted over`).toBe(1);
  expect(check.orderNo!.masked, 'the order number is not painted over').toBeLessThan(0.2);
  expect(check.orderNo!.dark, 'the order number is drawn').toBeGreaterThan(0.02);

  // Nothing stored holds a full number: IndexedDB (records and evidence bytes), extension storage, the ZIP export.
  const normalised = (text: string) =>
    text
      .normalize('NFKC')
      .replace(/[^0-9Xx]/g, '')
      .toUpperCase();
  const db = await readCaseDb(panel.page);
  const storage = await panel.page.evaluate(async () => {
    // An area the browser does not offer (sync, session) holds nothing to leak.
    const all = await Promise.all([
      chrome.storage.local.get(null),
      chrome.storage.sync.get(null).catch(() => ({})),
      chrome.storage.session.get(null).catch(() => ({})),
    ]);
    return JSON.stringify(all);
  });
  const zip = unzipSync(new Uint8Array(readFileSync(await (await log.download('Case ZIP')).path())));
  const exported = Object.entries(zip).map(([path, bytes]) =>
    path.endsWith('.png') ? Buffer.from(bytes).toString('latin1') : strFromU8(bytes),
  );
  const records = JSON.stringify([db.cases, db.events, db.notes, db.evidence]);
  expect(db.evidence).toHaveLength(1);
  for (const secret of SECRETS) {
    for (const [name, text] of [
      ['IndexedDB records', records],
      ['extension storage', storage],
      ['ZIP export', exported.join('\n')],
    ] as const) {
      expect(normalised(text), `${name} hold ${secret}`).not.toContain(secret);
    }
    expect(db.text, `IndexedDB holds ${secret}`).not.toContain(secret);
  }
  expect(records).toContain(ORDER_NO);
});
