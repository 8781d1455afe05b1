import { test, expect } from './fixtures';

test('teach mode: pick the order number on a page the heuristics cannot read, then it is read every time', async ({
  openPortal,
  openPanel,
}) => {
  const { page, tabId } = await openPortal('demo/en/odd-order.html');
  const panel = await openPanel(tabId);
  await panel.capture();
  await expect(panel.status()).toContainText('No order found');
  await panel.button('Pick Order number on page').click();
  await expect(panel.status()).toContainText('Click Order number on the page');
  await page.getByText('LMN-77120-AX').hover();
  await expect(page.locator('[data-canceldesk-pick]')).toBeVisible();
  await page.getByText('LMN-77120-AX').click();
  await expect(panel.field('Order number')).toHaveValue('LMN-77120-AX');

  await page.reload();
  await panel.capture();
  await expect(panel.field('Order number')).toHaveValue('LMN-77120-AX');
  await expect(panel.recentCases()).toHaveCount(1);
});

test('teach mode: Esc cancels picking and nothing is stored', async ({ openPortal, openPanel }) => {
  const { page, tabId } = await openPortal('demo/en/odd-order.html');
  const panel = await openPanel(tabId);
  await panel.capture();
  await panel.button('Pick Order number on page').click();
  await expect(panel.status()).toContainText('Click Order number on the page');
  await page.bringToFront();
  // Esc only means something once the page is in pick mode: the hover outline shows it is.
  await page.getByText('LMN-77120-AX').hover();
  await expect(page.locator('[data-canceldesk-pick]')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(panel.status()).toContainText('Picking was cancelled.');
  await expect(page.locator('[data-canceldesk-pick]')).toHaveCount(0);
  await expect(panel.recentCases()).toHaveCount(0);
});

test('a list page offers its orders and the chosen one becomes the case', async ({ openPortal, openPanel }) => {
  const { tabId } = await openPortal('demo/zh/orders.html');
  const panel = await openPanel(tabId);
  await panel.capture();
  await expect(panel.status()).toContainText('This page lists 4 orders');
  await panel.button('Use order 202611200918450007').click();
  await expect(panel.field('Order number')).toHaveValue('202611200918450007');
  await expect(panel.field('Amount')).toHaveValue('3500.00');
});

test('a full card number on the page is masked at capture and never reaches the case', async ({
  openPortal,
  openPanel,
}) => {
  const { tabId } = await openPortal('demo/zh/order-1002.html');
  const panel = await openPanel(tabId);
  await panel.capture();
  await expect(panel.field('Card number')).toHaveValue('622588******5673');
  await expect(panel.page.getByText('Card number masked to first 6 and last 4 digits.')).toBeVisible();
  const stored = await panel.page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('canceldesk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['cases', 'events'], 'readonly');
          const all: unknown[] = [];
          let pending = 2;
          for (const name of ['cases', 'events']) {
            const req = tx.objectStore(name).getAll();
            req.onsuccess = () => {
              all.push(req.result);
              if (--pending === 0) resolve(JSON.stringify(all));
            };
          }
        };
      }),
  );
  expect(stored).toContain('202611200918450007');
  expect(stored).not.toContain('6225880212345673');
  expect(stored.replace(/\D/g, ' ')).not.toMatch(/6225880212345673/);
});

const CHANGED = [
  {
    lang: 'en',
    pick: 'Pick Order number on page',
    order: 'Order number',
    region: 'Needs attention',
    says: 'Order number: the portal has changed — the taught element is gone.',
  },
  {
    lang: 'zh',
    pick: '在页面上选取订单编号',
    order: '订单编号',
    region: '待处理',
    says: '订单编号：页面已改版，之前指定的元素已不存在。',
  },
] as const;

for (const { lang, pick, order, region, says } of CHANGED) {
  test(`when a portal changes under a taught field, the panel says so instead of reading the wrong element (${lang})`, async ({
    openPortal,
    openPanel,
  }) => {
    const { page, tabId } = await openPortal('demo/en/odd-order.html');
    const panel = await openPanel(tabId);
    await panel.setLanguage(lang);
    await panel.capture();
    await panel.button(pick).click();
    await page.getByText('LMN-77120-AX').click();
    await expect(panel.field(order)).toHaveValue('LMN-77120-AX');

    // The portal ships a redesign: the tiles are gone, the amount and a decoy number remain.
    await page.evaluate(() => {
      document
        .querySelector('.k2')!
        .replaceChildren(Object.assign(document.createElement('p'), { textContent: 'Total $12.00 · Ref 99-1' }));
    });
    await panel.capture();
    await expect(panel.page.getByRole('region', { name: region })).toContainText(says);
    await expect(panel.recentCases()).toHaveCount(1);
  });
}

test('a granted portal page holds the page script before the first capture; a page without it is sent it on capture', async ({
  worker,
  openPortal,
  openPanel,
}) => {
  const registered = () =>
    worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.matches));
  // The build's local hosts are its granted portals; the e2e build's all-sites grant is not one.
  await expect.poll(registered).toEqual([['http://127.0.0.1/*', 'http://localhost/*']]);
  const { page, tabId } = await openPortal('demo/en/order-2001.html');
  const held = () =>
    worker.evaluate(
      async (tabId) =>
        (
          await chrome.scripting.executeScript({
            target: { tabId, frameIds: [0] },
            func: () => (globalThis as Record<symbol, unknown>)[Symbol.for('canceldesk.content')] === true,
          })
        )[0]?.result,
      tabId,
    );
  await expect.poll(held).toBe(true);
  const panel = await openPanel(tabId);
  await panel.capture();
  await expect(panel.field('Order number')).toHaveValue('WX20261124101533');

  await worker.evaluate(() => chrome.scripting.unregisterContentScripts());
  await page.goto(page.url().replace('en/order-2001', 'zh/order-1001'));
  expect(await held()).toBe(false);
  await panel.capture();
  await expect(panel.field('Order number')).toHaveValue('202611251403220018');
  expect(await held()).toBe(true);
});
