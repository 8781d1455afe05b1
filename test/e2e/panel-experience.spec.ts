import type { Locator, Page, Worker } from '@playwright/test';
import { capturedPanel } from './captured-panel';
import { expect, test } from './fixtures';
import { FillPage } from './pages/fill-page';
import { PanelPage } from './pages/panel-page';

declare const chrome: typeof import('wxt/browser').browser;
declare const canceldeskTest: { runCommand(command: string, windowId?: number, tabId?: number): Promise<void> };

// 16:00 Beijing time on the day of order 1001's sale: a void before the 23:00 cut-off.
const SALE_DAY = '2026-11-25T16:00:00+08:00';
const ORDER_1001 = '202611251403220018';

/** Presses Tab (only Tab) until the target has focus; fails if it is not reachable in `limit` presses. */
async function tabTo(page: Page, target: Locator, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    // A target not yet attached counts as not focused; the loop tabs on.
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`not reachable by Tab: ${target.toString()}`);
}

/** Follows the demo portal's "申请撤销/退货" link, as the agent does before filling. */
async function goToCancelForm(portal: Page): Promise<void> {
  await portal.getByRole('link', { name: '申请撤销/退货' }).click();
  await expect(portal).toHaveURL(/cancel\.html/);
}

const runCommand = (worker: Worker, command: string) => worker.evaluate((c) => canceldeskTest.runCommand(c), command);

test('keyboard only inside the panel: capture, fill and export with Tab and Enter, focus always visible', async ({
  openPortal,
  openPanel,
}) => {
  const { page: portal, tabId } = await openPortal('demo/zh/order-1001.html');
  const panel = await openPanel(tabId, { time: SALE_DAY });
  const keys = panel.page.keyboard;

  const capture = panel.button('Capture order');
  await tabTo(panel.page, capture);
  const outline = await capture.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await keys.press('Enter');
  await expect(panel.field('Order number')).toHaveValue(ORDER_1001);
  await expect(panel.page.getByTestId('verdict-action')).toHaveText('Void');

  await goToCancelForm(portal);
  const fill = new FillPage(panel.page);
  await tabTo(panel.page, fill.button('Fill form'));
  await keys.press('Enter');
  await expect(fill.report()).toBeVisible({ timeout: 15_000 });
  await expect(portal.getByLabel('原订单编号')).toHaveValue(ORDER_1001);

  await tabTo(panel.page, panel.button('Export'));
  await keys.press('Enter');
  await expect(panel.page.getByRole('menu')).toBeVisible();
  const item = panel.page.getByRole('menuitem', { name: 'Case JSON' });
  for (let i = 0; i < 5 && !(await item.evaluate((el) => el === document.activeElement)); i++)
    await keys.press('ArrowDown');
  const download = panel.page.waitForEvent('download');
  await keys.press('Enter');
  expect((await download).suggestedFilename()).toBe(`case-${ORDER_1001}.json`);
});

test('the Capture order and Fill form shortcuts act in the open panel', async ({ openPortal, openPanel, worker }) => {
  const { page: portal, tabId } = await openPortal('demo/zh/order-1001.html');
  const panel = await openPanel(tabId, { time: SALE_DAY });
  await expect(panel.page.getByText(/Shortcuts: capture Alt\+Shift\+O, fill Alt\+Shift\+F/)).toBeVisible();
  // The panel listens for commands once it has started, which is when it names its tab.
  await expect(panel.page.getByText('Pinned to this tab')).toBeVisible();

  await runCommand(worker, 'capture-order');
  await expect(panel.field('Order number')).toHaveValue(ORDER_1001);

  await goToCancelForm(portal);
  await runCommand(worker, 'fill-form');
  await expect(new FillPage(panel.page).report()).toBeVisible({ timeout: 15_000 });
  await expect(portal.getByLabel('原订单编号')).toHaveValue(ORDER_1001);
});

test("a shortcut pressed on a portal tab acts in the one panel for it: popped out if there is one, else the window's", async ({
  context,
  extensionId,
  openPortal,
  worker,
}) => {
  const portal = await openPortal('demo/zh/order-1001.html');
  const other = await openPortal('demo/en/order-2001.html');
  // The panel that follows the active tab of the portal's window, as the side panel does.
  const windowPanel = new PanelPage(await context.newPage());
  await windowPanel.page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await portal.page.bringToFront();
  await expect(windowPanel.page.getByText('Following the active tab')).toBeVisible();
  /** Opens the panel pinned to a tab in a window of its own, as "Open in window" does. */
  const popOut = async (tabId: number) => {
    const opened = context.waitForEvent('page');
    const [windowId, ownTab] = await worker.evaluate(async (url) => {
      const popup = await chrome.windows.create({ url, type: 'popup', focused: false });
      return [popup?.id, popup?.tabs?.[0]?.id] as const;
    }, `chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
    const panel = new PanelPage(await opened);
    await expect(panel.page.getByText('Pinned to this tab')).toBeVisible();
    return Object.assign(panel, { windowId, ownTab });
  };
  const forPortal = await popOut(portal.tabId);
  const forOther = await popOut(other.tabId);
  const portalWindow = await worker.evaluate(async (id) => (await chrome.tabs.get(id)).windowId, portal.tabId);
  const press = (command: string, windowId = portalWindow, tabId: number | undefined = portal.tabId) =>
    worker.evaluate(([c, w, t]) => canceldeskTest.runCommand(c, w, t), [command, windowId, tabId] as const);

  await press('capture-order');
  await expect(forPortal.field('Order number')).toHaveValue(ORDER_1001);
  for (const idle of [windowPanel, forOther]) {
    await expect(idle.button('Capture order')).toBeEnabled();
    await expect(idle.field('Order number')).toHaveCount(0);
  }

  // Pressed with the popped-out panel's own window in front, the shortcut is for that panel too.
  await portal.page.goto(portal.page.url().replace('order-1001', 'order-1002'));
  await press('capture-order', forPortal.windowId, forPortal.ownTab);
  await expect(forPortal.field('Order number')).toHaveValue('202611200918450007');
  await expect(windowPanel.field('Order number')).toHaveCount(0);
  await portal.page.goto(portal.page.url().replace('order-1002', 'order-1001'));

  await forPortal.page.close();
  await portal.page.bringToFront();
  await press('capture-order');
  await expect(windowPanel.field('Order number')).toHaveValue(ORDER_1001);
  await expect(forOther.field('Order number')).toHaveCount(0);
});

test('opening a case from the list brings its portal tab forward', async ({ openPortal, openPanel, worker }) => {
  const first = await openPortal('demo/zh/order-1001.html');
  const panelA = await openPanel(first.tabId);
  await panelA.capture();
  const second = await openPortal('demo/en/order-2001.html');
  const panelB = await openPanel(second.tabId);
  await panelB.capture();
  await second.page.bringToFront();
  const active = (id: number) => worker.evaluate(async (tab) => (await chrome.tabs.get(tab)).active, id);
  expect(await active(first.tabId)).toBe(false);

  await panelB.recentCases().filter({ hasText: ORDER_1001 }).click();
  await expect(panelB.field('Order number')).toHaveValue(ORDER_1001);
  await expect.poll(() => active(first.tabId)).toBe(true);
});

test('first run explains CancelDesk, and the list marks an urgent case', async ({ openPortal, openPanel }) => {
  const { tabId } = await openPortal('demo/zh/order-1001.html');
  // 21:30 Beijing time: 1 h 30 min before the void cut-off.
  const panel = await openPanel(tabId, { time: '2026-11-25T21:30:00+08:00' });
  const welcome = panel.page.getByRole('region', { name: 'Cancel a POS order in a few clicks' });
  await expect(welcome).toContainText('submit it yourself');
  await expect(welcome).toContainText('may read');
  await panel.capture();
  await expect(welcome).toBeHidden();
  await expect(panel.recentCases().filter({ hasText: ORDER_1001 })).toContainText('urgent: due in 1 h 30 min');
});

test('deleting a case asks in a modal dialog: Esc keeps the case, confirming deletes it for good', async ({
  openPortal,
  openPanel,
}) => {
  const { panel } = await capturedPanel({ openPortal, openPanel }, 'demo/zh/order-1001.html');
  await panel.button('Delete case').click();
  const dialog = panel.page.getByRole('dialog', { name: 'Delete case' });
  await expect(dialog).toContainText(`Delete order ${ORDER_1001} with all its history`);
  await expect(dialog.getByRole('button', { name: 'Delete for good' })).toBeFocused();
  await panel.page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(panel.recentCases().filter({ hasText: ORDER_1001 })).toHaveCount(1);

  await panel.button('Delete case').click();
  await dialog.getByRole('button', { name: 'Delete for good' }).click();
  await expect(dialog).toBeHidden();
  await expect(panel.recentCases()).toHaveCount(0);
});
