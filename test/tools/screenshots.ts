// `npm run screenshots`: regenerates README's pictures of the panel beside the demo portal, from headless
// Chromium: the verdict after capture, the fill report on the portal's form, and the case history.
import { mkdirSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { extensionId, launchWithExtension } from '../support/browser';
import { serveStatic } from '../support/static-server';

declare const chrome: typeof import('wxt/browser').browser;

// 16:00 Beijing time on the demo order's sale day: a void with seven hours left.
const SALE_DAY = new Date('2026-11-25T16:00:00+08:00');
const HEIGHT = 860;

const portal = await serveStatic('test/fixtures/portals');
mkdirSync('test/screenshots', { recursive: true });

/** A fresh browser profile per language, so each history shows one agent's one case. */
async function freshBrowser() {
  const context = await launchWithExtension();
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // The agent's contact details, as the options page stores them, so the form's contact fields fill too.
  await worker.evaluate(async () => {
    await chrome.storage.local.set({
      settings: { agent: { name: '王丽', email: 'wang.li@example.com', phone: '13800138000' } },
    });
  });
  return { context, worker, id: await extensionId(context) };
}

/** The portal and the panel side by side, as an agent sees them, written to `out`. */
async function sideBySide(context: BrowserContext, page: Page, panel: Page, out: string) {
  const [left, right] = [await page.screenshot(), await panel.screenshot()];
  const sheet = await context.newPage();
  await sheet.setViewportSize({ width: 1380, height: HEIGHT });
  const img = (b: Buffer) => `<img src="data:image/png;base64,${b.toString('base64')}">`;
  await sheet.setContent(`<body style="margin:0;display:flex;background:#888">${img(left)}${img(right)}</body>`);
  await sheet.screenshot({ path: out });
  await sheet.close();
  console.log(`wrote ${out}`);
}

async function shoot(lang: 'en' | 'zh') {
  const { context, worker, id } = await freshBrowser();
  try {
    const page = await context.newPage();
    await page.clock.setFixedTime(SALE_DAY);
    await page.setViewportSize({ width: 1000, height: HEIGHT });
    await page.goto(`${portal.origin}/demo/zh/order-1001.html`);
    const url = page.url();
    const tabId = await worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
    const panel = await context.newPage();
    await panel.clock.setFixedTime(SALE_DAY);
    await panel.setViewportSize({ width: 380, height: HEIGHT });
    await panel.goto(`chrome-extension://${id}/sidepanel.html?tab=${tabId}`);
    await panel.getByLabel(/^(Language|语言)$/).selectOption(lang);
    await panel.locator('.btn-primary').first().click();
    await panel.getByTestId('verdict-action').waitFor();
    await panel.waitForTimeout(300);
    await sideBySide(context, page, panel, `test/screenshots/panel-${lang}.png`);

    await page.locator('a[href^="cancel.html?order="]').click();
    await page.waitForURL(/cancel\.html/);
    await panel.locator('#fill-heading').scrollIntoViewIfNeeded();
    await panel.getByRole('button', { name: /^(Fill form|填写表单)$/ }).click();
    await panel.locator('.fill-result table').waitFor();
    await panel.locator('#fill-heading').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await sideBySide(context, page, panel, `test/screenshots/fill-${lang}.png`);

    await panel.locator('#timeline-heading').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await panel.waitForTimeout(200);
    await sideBySide(context, page, panel, `test/screenshots/timeline-${lang}.png`);
  } finally {
    await context.close();
  }
}

try {
  await shoot('en');
  await shoot('zh');
} finally {
  await portal.close();
}
