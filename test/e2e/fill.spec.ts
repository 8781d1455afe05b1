import type { Page, Worker } from '@playwright/test';
import { capturedPanel, type Openers } from './captured-panel';
import { test, expect } from './fixtures';
import { CaseLogPage } from './pages/case-log-page';
import { FillPage } from './pages/fill-page';

declare const chrome: typeof import('wxt/browser').browser;

// Same day as the fixtures' sale (2026-11-25 14:03:27 Beijing time), before the 23:00 cut-off: a void of ¥128.50.
const TIME = '2026-11-25T16:00:00+08:00';
const AGENT = { name: '王丽', email: 'wang.li@example.com', phone: '13800138000' };

type FormState = Record<string, unknown>;
const formState = (page: Page) =>
  page.evaluate(() => (window as unknown as { __formState(): FormState }).__formState());
const submitted = (page: Page) => page.evaluate(() => (window as unknown as { __submitted?: number }).__submitted ?? 0);

/** Stores the agent's contact details as the options page would, before the panel reads its settings. */
async function setAgent(worker: Worker): Promise<void> {
  await worker.evaluate(async (agent) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings as object | undefined), agent } });
  }, AGENT);
}

/** Opens the zh demo order 1001 and captures it into a panel at TIME. */
async function captureDemoOrder(openers: Openers) {
  const { page, panel } = await capturedPanel(openers, 'demo/zh/order-1001.html', TIME);
  await expect(panel.field('Order number')).toHaveValue('202611251403220018');
  return { page, panel };
}

/** Opens a form fixture, captures the order its page shows, and returns the page with the panel's fill card. */
async function captureOn(path: string, fixtures: Openers & { worker: Worker }) {
  await setAgent(fixtures.worker);
  const { page, panel } = await capturedPanel(fixtures, path, TIME);
  await expect(panel.field('Order number')).toHaveValue('T20261125-0001');
  await expect(panel.page.getByTestId('verdict-action')).toHaveText('Void');
  return { page, panel, fill: new FillPage(panel.page) };
}

/** Captures on a form fixture, then fills it for a duplicate charge; returns what captureOn does and the form before. */
async function filledOn(path: string, fixtures: Openers & { worker: Worker }) {
  const captured = await captureOn(path, fixtures);
  const before = await formState(captured.page);
  await captured.fill.chooseReason('Duplicate charge');
  await captured.fill.fill();
  return { ...captured, before };
}

test('plain HTML in a same-origin iframe: table labels, cryptic names, fen amount, split date and time; undo', async ({
  openPortal,
  openPanel,
  worker,
}) => {
  const { page, fill, before } = await filledOn('forms/iframe-table/index.html', { openPortal, openPanel, worker });

  const after = await formState(page);
  expect(after).toEqual({
    ...before,
    f1: 'T20261125-0001',
    f2: '12850',
    f3: '2026/11/25',
    f4: '14:03:27',
    f5: '898310048990001',
    f6: '12345678',
    f7: '000001',
    f8: '000123',
    f9: '123456789012',
    f10: 'A1B2C3',
    f11: '01',
    f12: '1',
    f13: expect.stringContaining('订单 T20261125-0001'),
    f14: '王丽',
    f15: '13800138000',
    f16: 'wang.li@example.com',
  });
  expect(after.f13).toContain('原因：重复扣款');
  expect([after.token, after.f18, after.f20]).toEqual(['c2VjcmV0', '', '']);
  expect(await submitted(page)).toBe(0);

  // Everything the case supplies has a field; the form has no currency field, which is not a gap to report.
  await expect(fill.liveRegion()).toContainText('Filled 16 of 16 fields. Nothing was submitted.');
  await expect(fill.rows(fill.report(), 'currency')).toHaveCount(0);
  await expect(fill.rows(fill.report(), 'orderNo')).toContainText('原订单号');
  await expect(fill.rows(fill.report(), 'orderNo')).toContainText('Filled');
  await expect(fill.rows(fill.report(), 'paidAt')).toHaveCount(2);
  await expect(fill.rows(fill.report(), 'requestType')).toContainText('消费撤销');

  await fill.undo();
  const undone = await formState(page);
  // A radio group cannot be put back to "none chosen": the undo report says so and the choice stays.
  expect(undone).toEqual({ ...before, f12: '1' });
  await expect(fill.rows(fill.undoReport(), 'reason')).toContainText(
    'Failed: cannot be emptied again; clear it by hand',
  );
  await expect(fill.rows(fill.undoReport(), 'orderNo')).toContainText('Filled');
  await expect(fill.button('Undo fill')).toBeDisabled();
  await expect(new CaseLogPage(fill.page).timelineEntries().filter({ hasText: 'Fill undone' })).toHaveText(
    /Fill undone: put back 15 of 16 fields/,
  );
  expect(await submitted(page)).toBe(0);
});

test('a React-controlled form registers every value in React state, with an evidence file attached; undo', async ({
  openPortal,
  openPanel,
  worker,
}) => {
  const { page, panel, fill } = await captureOn('forms/react-form/index.html', { openPortal, openPanel, worker });
  const evidence = new CaseLogPage(panel.page).region('Evidence');
  await evidence
    .getByLabel('Add a file')
    .setInputFiles({ name: 'receipt.txt', mimeType: 'text/plain', buffer: Buffer.from('slip 000123') });
  await expect(fill.attachBox('receipt.txt')).toBeVisible();
  await fill.attachBox('receipt.txt').check();
  await fill.chooseReason('Duplicate charge');
  await fill.fill();

  const after = await formState(page);
  expect(after).toEqual({
    orderNo: 'T20261125-0001',
    amount: '128.50',
    currency: 'CNY',
    // A datetime-local field without a step takes minutes only.
    txnTime: '2026-11-25T14:03',
    terminalId: '12345678',
    traceNo: '000123',
    rrn: '123456789012',
    requestType: 'V',
    reason: 'duplicate',
    description: expect.stringContaining('Void request for order T20261125-0001'),
    contactName: '王丽',
    phone: '13800138000',
    email: 'wang.li@example.com',
    attachments: ['receipt.txt'],
    confirmed: false,
  });
  expect(await submitted(page)).toBe(0);
  await expect(fill.rows(fill.report(), 'files')).toContainText('receipt.txt');
  await expect(fill.rows(fill.report(), 'currency')).toContainText('Skipped: it already holds this value');
  for (const key of ['merchantId', 'batchNo', 'authCode'])
    await expect(fill.rows(fill.report(), key)).toContainText('Not found on the form');

  await fill.undo();
  // The attached file is taken off again; the radio choice stays (a group cannot go back to none chosen).
  const blank = {
    orderNo: '',
    amount: '',
    txnTime: '',
    terminalId: '',
    traceNo: '',
    rrn: '',
    requestType: '',
    description: '',
    contactName: '',
    phone: '',
    email: '',
  };
  expect(await formState(page)).toEqual({ ...after, ...blank, attachments: [] });
  await expect(fill.rows(fill.undoReport(), 'reason')).toContainText('cannot be emptied again');
  await expect(fill.rows(fill.undoReport(), 'files')).toContainText('Filled');
  expect(await submitted(page)).toBe(0);
});

test('a Vue 3 v-model form registers every value in its reactive state; undo', async ({
  openPortal,
  openPanel,
  worker,
}) => {
  const { page, fill } = await captureOn('forms/vue-form/index.html', { openPortal, openPanel, worker });
  const before = await formState(page);
  await fill.partialAmount().fill('200');
  await fill.fill();
  await expect(fill.error()).toHaveText('The partial amount is above the ¥128.50 the check allows.');
  expect(await formState(page)).toEqual(before);

  await fill.partialAmount().fill('');
  await fill.chooseReason('Duplicate charge');
  await fill.fill();

  expect(await formState(page)).toEqual({
    orderNo: 'T20261125-0001',
    amount: '128.50',
    txnDate: '2026-11-25',
    txnTime: '14:03:27',
    merchantId: '898310048990001',
    terminalId: '12345678',
    batchNo: '000001',
    authCode: 'A1B2C3',
    requestType: 'void',
    reason: '重复扣款',
    description: expect.stringContaining('申请撤销，原因：重复扣款'),
    contact: '王丽',
    phone: '13800138000',
    email: 'wang.li@example.com',
  });
  expect(await submitted(page)).toBe(0);
  await expect(fill.rows(fill.report(), 'amountMinor')).toContainText('Filled');
  await expect(page.getByText('金额格式不正确')).toHaveCount(0);

  await fill.undo();
  expect(await formState(page)).toEqual(before);
  expect(await submitted(page)).toBe(0);
});

test('a web-component form: shadow-root fields, an ARIA combobox opened by mousedown, a radiogroup, contenteditable; undo', async ({
  openPortal,
  openPanel,
  worker,
}) => {
  const { page, fill, before } = await filledOn('forms/web-component/index.html', { openPortal, openPanel, worker });

  expect(await formState(page)).toEqual({
    orderNo: 'T20261125-0001',
    amount: '128.50',
    txnDate: '2026-11-25',
    requestType: 'void',
    reason: 'duplicate_charge',
    description: expect.stringContaining('Void request for order T20261125-0001'),
    contactPhone: '13800138000',
    contactEmail: 'wang.li@example.com',
  });
  expect(await submitted(page)).toBe(0);
  await expect(fill.rows(fill.report(), 'requestType')).toContainText('撤销');
  await expect(fill.rows(fill.report(), 'reason')).toContainText('Duplicate charge');

  await fill.undo();
  // Typed fields go back to empty; a dropdown and a radio group cannot be emptied by a person either, and say so.
  expect(await formState(page)).toEqual({ ...before, requestType: 'void', reason: 'duplicate_charge' });
  for (const key of ['requestType', 'reason'])
    await expect(fill.rows(fill.undoReport(), key)).toContainText('Failed: cannot be emptied again; clear it by hand');
  for (const key of ['orderNo', 'amountMinor', 'description', 'contactPhone'])
    await expect(fill.rows(fill.undoReport(), key)).toContainText('Filled');
  expect(await submitted(page)).toBe(0);
});

test('a form that already holds another order number: a warning, and nothing is written', async ({
  openPortal,
  openPanel,
  worker,
}) => {
  const { page, fill } = await captureOn('forms/vue-form/index.html', { openPortal, openPanel, worker });
  await page.goto(page.url().replace('vue-form/index.html', 'conflict/index.html'));
  const before = await formState(page);
  expect(before.orderNo).toBe('T20261125-9999');
  await fill.fill();

  await expect(fill.conflict()).toContainText(
    'The form already shows 原订单编号 “T20261125-9999”, but this case has “T20261125-0001”. Nothing was written',
  );
  expect(await formState(page)).toEqual(before);
  expect(await submitted(page)).toBe(0);
  await expect(fill.rows(fill.report(), 'orderNo')).toContainText('Skipped: the form shows another order');
  await expect(fill.liveRegion()).not.toContainText('Filled');
  await expect(fill.button('Undo fill')).toBeDisabled();
});

test('demo portal: capture on the order page, follow its link to the cancel form, fill from the same case; logged on the case', async ({
  openPortal,
  openPanel,
  worker,
}) => {
  await setAgent(worker);
  const { page, panel } = await captureDemoOrder({ openPortal, openPanel });
  await page.getByRole('link', { name: '申请撤销/退货' }).click();
  await page.waitForURL(/cancel\.html/);
  await expect(panel.page.locator('.target-title')).toHaveText(/^撤销\/退货申请/);

  const fill = new FillPage(panel.page);
  await fill.chooseReason('Customer cancelled');
  await fill.fill();
  const values = await page.evaluate(() =>
    Object.fromEntries(
      [...new FormData(document.getElementById('cancel-form') as HTMLFormElement)].filter(
        ([, v]) => typeof v === 'string',
      ),
    ),
  );
  expect(values).toEqual({
    orderNo: '202611251403220018',
    type: 'void',
    amount: '1288.00',
    txnDate: '2026-11-25',
    mid: '898310058120123',
    tid: '20458712',
    voucher: '000318',
    rrn: '433514029871',
    reason: '客户取消',
    desc: expect.stringContaining('订单 202611251403220018'),
    contact: '王丽',
    phone: '13800138000',
  });
  expect(await submitted(page)).toBe(0);
  await expect(fill.liveRegion()).toContainText('Nothing was submitted.');
  await expect(new CaseLogPage(panel.page).timelineEntries().filter({ hasText: 'Portal form filled' })).toHaveCount(1);
});

test('the fill-form keyboard command fills from an open panel', async ({ openPortal, openPanel, worker }) => {
  const { page, fill } = await captureOn('forms/vue-form/index.html', { openPortal, openPanel, worker });
  // What lib/background/commands.ts sends when the shortcut is pressed.
  await worker.evaluate(() =>
    chrome.runtime.sendMessage({ id: 1, type: 'panelCommand', data: { command: 'fill-form' }, timestamp: Date.now() }),
  );
  await expect(fill.report()).toBeVisible({ timeout: 15_000 });
  await fill.waitIdle();
  expect((await formState(page)).orderNo).toBe('T20261125-0001');
  expect(await submitted(page)).toBe(0);
});

test('a form field the filler cannot name is taught once by picking it, and filled from then on', async ({
  openPortal,
  openPanel,
}) => {
  const { page, panel } = await captureDemoOrder({ openPortal, openPanel });
  await page.goto(page.url().replace('demo/zh/order-1001.html', 'forms/unlabeled/index.html'));
  const fill = new FillPage(panel.page);
  await fill.fill();
  await expect(page.locator('#amt')).toHaveValue('1288.00');
  await expect(page.locator('#q7')).toHaveValue('');
  await fill.undo();

  await fill.region().getByText('Teach a form field').click();
  await fill.region().getByLabel('Field to teach').selectOption({ label: 'Order number' });
  await fill.region().getByRole('button', { name: 'Pick it on the page' }).click();
  await page.bringToFront();
  await page.locator('#q7').hover();
  await expect(page.locator('[data-canceldesk-pick]')).toBeVisible();
  await page.locator('#q7').click();
  await expect(fill.region()).toContainText('Order number is pinned on this portal');

  await fill.fill();
  await expect(page.locator('#q7')).toHaveValue('202611251403220018');
  await expect(page.locator('#amt')).toHaveValue('1288.00');
  expect(await submitted(page)).toBe(0);
});
