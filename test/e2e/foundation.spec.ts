import { capturedPanel } from './captured-panel';
import { test, expect, tabIdOf } from './fixtures';
import { launchWithExtension, extensionId } from '../support/browser';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

test('captures the order on the Chinese demo portal and keeps the case across a panel reload', async ({
  openPortal,
  openPanel,
}) => {
  const { panel } = await capturedPanel({ openPortal, openPanel }, 'demo/zh/order-1001.html');
  await expect(panel.field('Order number')).toHaveValue('202611251403220018');
  await expect(panel.field('Merchant ID')).toHaveValue('898310058120123');
  await expect(panel.field('Amount')).toHaveValue('1288.00');
  await panel.page.reload();
  await expect(panel.recentCases().filter({ hasText: '202611251403220018' })).toHaveCount(1);
  await panel.recentCases().filter({ hasText: '202611251403220018' }).click();
  await expect(panel.field('Order number')).toHaveValue('202611251403220018');
});

test('captures the English demo portal', async ({ openPortal, openPanel }) => {
  const { panel } = await capturedPanel({ openPortal, openPanel }, 'demo/en/order-2001.html');
  await expect(panel.field('Order number')).toHaveValue('WX20261124101533');
  await expect(panel.field('Payment method')).toHaveValue('wechat');
  await expect(panel.field('Amount')).toHaveValue('56.80');
});

test('an agent edit survives a recapture, with the page value shown beside it', async ({ openPortal, openPanel }) => {
  const { panel } = await capturedPanel({ openPortal, openPanel }, 'demo/zh/order-1001.html');
  await panel.showAllFields();
  await panel.field('Merchant name').fill('静安百货（南京西路店）');
  await panel.field('Merchant name').press('Enter');
  await expect(panel.page.getByText('edited', { exact: true })).toBeVisible();
  await panel.capture();
  await expect(panel.field('Merchant name')).toHaveValue('静安百货（南京西路店）');
  await expect(panel.page.getByText('Page shows: 上海静安百货有限公司')).toBeVisible();
  await expect(panel.recentCases()).toHaveCount(1);
});

test('a pinned panel follows its tab through navigation and says when the tab closes', async ({
  openPortal,
  openPanel,
}) => {
  const { page, tabId } = await openPortal('demo/zh/order-1001.html');
  const panel = await openPanel(tabId);
  await expect(panel.page.getByText('订单详情 - 云汇通收单商户服务平台')).toBeVisible();
  await page.goto(page.url().replace('order-1001.html', 'cancel.html'));
  await expect(panel.page.getByText('撤销/退货申请 - 云汇通收单商户服务平台')).toBeVisible();
  await page.close();
  await expect(panel.page.getByRole('alert')).toContainText('The tab this panel was pinned to is closed.');
  await panel.button('Follow active tab').click();
  await expect(panel.page.getByText('Following the active tab')).toBeVisible();
});

test('a wrong tab id is reported with a way forward', async ({ openPanel }) => {
  const panel = await openPanel(987654);
  await expect(panel.page.getByRole('alert')).toContainText('There is no tab with id 987654.');
  await expect(panel.button('Follow active tab')).toBeVisible();
});

test('"Show on page" scrolls to and outlines the source element', async ({ openPortal, openPanel }) => {
  const { page, panel } = await capturedPanel({ openPortal, openPanel }, 'demo/zh/order-1001.html');
  await panel.showAllFields();
  await panel.button('Show Reference number on page').click();
  await expect(page.locator('[data-canceldesk-highlight]')).toHaveCount(1);
});

test('"Open in window" opens the panel pinned to the same tab', async ({ context, openPortal, openPanel }) => {
  const { tabId } = await openPortal('demo/zh/order-1001.html');
  const panel = await openPanel(tabId);
  const opened = context.waitForEvent('page');
  await panel.button('Open in window').click();
  const popup = await opened;
  expect(new URL(popup.url()).searchParams.get('tab')).toBe(String(tabId));
  await expect(popup.getByText('Pinned to this tab')).toBeVisible();
});

test('a case survives relaunching the browser on the same profile', async ({ portal }) => {
  const profile = mkdtempSync(join(tmpdir(), 'canceldesk-profile-'));
  for (const round of [1, 2]) {
    const context = await launchWithExtension({ userDataDir: profile });
    const id = await extensionId(context);
    const worker = context.serviceWorkers()[0]!;
    const page = await context.newPage();
    await page.goto(`${portal.origin}/demo/zh/order-1002.html`);
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${id}/sidepanel.html?tab=${await tabIdOf(worker, page.url())}`);
    if (round === 1) {
      await panel.getByRole('button', { name: 'Capture order', exact: true }).click();
      await expect(panel.getByLabel('Order number', { exact: true })).toHaveValue('202611200918450007');
    } else {
      await expect(
        panel.getByRole('region', { name: 'Recent cases' }).getByRole('button', { name: /202611200918450007/ }),
      ).toBeVisible();
    }
    await context.close();
  }
});

test('the UI language setting switches the panel to Chinese', async ({ openPortal, openPanel }) => {
  const { tabId } = await openPortal('demo/zh/order-1001.html');
  const panel = await openPanel(tabId);
  await panel.setLanguage('zh');
  await expect(panel.button('读取订单')).toBeVisible();
  await panel.setLanguage('en');
  await expect(panel.button('Capture order')).toBeVisible();
});

test('an unpinned panel follows the active tab of its window and captures from it', async ({
  context,
  extensionId,
  openPortal,
}) => {
  const zh = await openPortal('demo/zh/order-1001.html');
  const en = await openPortal('demo/en/order-2001.html');
  const panelPage = await context.newPage();
  await panelPage.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await zh.page.bringToFront();
  await expect(panelPage.getByText('订单详情 - 云汇通收单商户服务平台')).toBeVisible();
  await expect(panelPage.getByText('Following the active tab')).toBeVisible();
  await en.page.bringToFront();
  await expect(panelPage.getByText('Order detail - Harbor Merchant Services')).toBeVisible();
  await panelPage.getByRole('button', { name: 'Capture order', exact: true }).click();
  await expect(panelPage.getByLabel('Order number', { exact: true })).toHaveValue('WX20261124101533');
});
