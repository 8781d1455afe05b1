import { test as base, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { extensionId, launchWithExtension } from '../support/browser';
import { serveStatic, type StaticServer } from '../support/static-server';
import { PanelPage } from './pages/panel-page';

declare const chrome: typeof import('wxt/browser').browser;

interface Fixtures {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Opens a portal page and returns it with its tab id. */
  openPortal: (path: string) => Promise<{ page: Page; tabId: number }>;
  /** Opens the panel pinned to a tab, as the "Open in window" action does; `time` fixes the panel's clock. */
  openPanel: (tabId: number, options?: { time?: string }) => Promise<PanelPage>;
}

export const test = base.extend<Fixtures, { portal: StaticServer }>({
  portal: [
    async ({}, use) => {
      const server = await serveStatic('test/fixtures/portals');
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  context: async ({}, use) => {
    const context = await launchWithExtension();
    await use(context);
    await context.close();
  },
  worker: async ({ context }, use) => {
    await use(context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')));
  },
  extensionId: async ({ context, worker }, use) => {
    void worker;
    await use(await extensionId(context));
  },
  openPortal: async ({ context, portal, worker }, use) => {
    await use(async (path) => {
      const page = await context.newPage();
      await page.goto(`${portal.origin}/${path}`);
      const tabId = await tabIdOf(worker, page.url());
      return { page, tabId };
    });
  },
  openPanel: async ({ context, extensionId }, use) => {
    await use(async (tabId, options = {}) => {
      const page = await context.newPage();
      if (options.time) await page.clock.setFixedTime(new Date(options.time));
      await page.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
      return new PanelPage(page);
    });
  },
});

/** Finds a tab's id from the service worker (Playwright pages do not expose it). */
export async function tabIdOf(worker: Worker, url: string): Promise<number> {
  const id = await worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
  if (id === undefined) throw new Error(`no tab for ${url}`);
  return id;
}

export { expect };
