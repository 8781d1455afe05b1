// `npm run screenshots`: regenerates README's picture of the panel beside the demo portal, from headless Chromium.
import { mkdirSync } from 'node:fs';
import { extensionId, launchWithExtension } from '../support/browser';
import { serveStatic } from '../support/static-server';

declare const chrome: typeof import('wxt/browser').browser;

const portal = await serveStatic('test/fixtures/portals');
const context = await launchWithExtension();
const id = await extensionId(context);
const worker = context.serviceWorkers()[0]!;
mkdirSync('test/screenshots', { recursive: true });

async function shoot(lang: 'en' | 'zh', path: string, out: string) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1000, height: 860 });
  await page.goto(`${portal.origin}/${path}`);
  const url = page.url();
  const tabId = await worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 380, height: 860 });
  await panel.goto(`chrome-extension://${id}/sidepanel.html?tab=${tabId}`);
  await panel.getByLabel(/^(Language|语言)$/).selectOption(lang);
  await panel.locator('.btn-primary').first().click();
  await panel.locator('#order-heading').waitFor();
  await panel.waitForTimeout(300);
  const [left, right] = [await page.screenshot(), await panel.screenshot()];
  const sheet = await context.newPage();
  await sheet.setViewportSize({ width: 1380, height: 860 });
  const img = (b: Buffer) => `<img src="data:image/png;base64,${b.toString('base64')}">`;
  await sheet.setContent(`<body style="margin:0;display:flex;background:#888;gap:0">${img(left)}${img(right)}</body>`);
  await sheet.screenshot({ path: out });
  await Promise.all([page.close(), panel.close(), sheet.close()]);
  console.log(`wrote ${out}`);
}

try {
  await shoot('en', 'demo/zh/order-1001.html', 'test/screenshots/panel-en.png');
  await shoot('zh', 'demo/zh/order-1001.html', 'test/screenshots/panel-zh.png');
} finally {
  await context.close();
  await portal.close();
}
