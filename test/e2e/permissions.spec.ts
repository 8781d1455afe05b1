import { resolve } from 'node:path';
import { test as base } from '@playwright/test';
import { extensionId, launchWithExtension } from '../support/browser';
import { serveStatic } from '../support/static-server';
import { expect, tabIdOf } from './fixtures';
import { PanelPage } from './pages/panel-page';

// The production build: it holds no <all_urls>, so a portal on another loopback host is a new origin to grant.
const PRODUCTION = resolve('.output/chrome-mv3');

const LANGUAGES = [
  { lang: 'en', welcome: 'Cancel a POS order in a few clicks', grant: 'Grant access to' },
  { lang: 'zh', welcome: '几步完成 POS 订单撤销/退货', grant: '授权访问' },
] as const;

for (const { lang, welcome: welcomeName, grant } of LANGUAGES) {
  base(`a portal not yet granted: the panel says why it cannot read it and offers the grant (${lang})`, async () => {
    const portal = await serveStatic('test/fixtures/portals', 0, '127.0.0.2');
    const context = await launchWithExtension({ extensionDir: PRODUCTION });
    try {
      const id = await extensionId(context);
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      const page = await context.newPage();
      await page.goto(`${portal.origin}/demo/zh/order-1001.html`);
      const tabId = await tabIdOf(worker, page.url());
      const panelPage = await context.newPage();
      await panelPage.goto(`chrome-extension://${id}/sidepanel.html?tab=${tabId}`);
      const panel = new PanelPage(panelPage);
      await panel.setLanguage(lang);

      const welcome = panelPage.getByRole('region', { name: welcomeName });
      await expect(welcome.getByRole('button', { name: `${grant} ${portal.origin}` })).toBeVisible();
      await panel.capture();
      const prompt = panelPage.getByRole('region', { name: `${grant} ${portal.origin}` });
      await expect(prompt).toContainText(portal.origin);
      await expect(prompt.getByRole('button', { name: `${grant} ${portal.origin}` })).toBeEnabled();
      await expect(panel.recentCases()).toHaveCount(0);
    } finally {
      await context.close();
      await portal.close();
    }
  });
}
