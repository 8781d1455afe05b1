import type { BrowserContext, Worker } from '@playwright/test';
import { serveStatic, type StaticServer } from '../support/static-server';
import { test as base, expect, tabIdOf } from './fixtures';
import { FillPage } from './pages/fill-page';
import type { PanelPage } from './pages/panel-page';
import {
  readReport,
  WidgetFormPage,
  type ReportRow,
  type WidgetFormState,
  type WidgetLib,
} from './pages/widget-form-page';

/**
 * Forms built with real component libraries (test/fixtures/widgets/<lib>/, bundled in global setup), filled
 * through the panel as an agent does: capture the demo portal's order page, open the widget form in the same
 * tab, "Fill form", then "Undo fill". Every value is read back from the library's own state.
 *
 * One server serves all of test/fixtures, so the demo order page (portals/demo/…) and the widget forms
 * (widgets/…) share an origin: the panel fills only on the portal the case was captured on.
 */
const test = base.extend<object, { fixtures: StaticServer }>({
  fixtures: [
    async ({}, use) => {
      const server = await serveStatic('test/fixtures');
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
});

// The panel's clock: the day of the zh demo sale (2026-11-25 14:03:22 Beijing time), before the cut-off.
const TIME = '2026-11-25T16:00:00+08:00';

/** The demo orders the cases are captured from, and what their fields should become on the form. */
const ORDERS = {
  zh: {
    path: 'portals/demo/zh/order-1001.html',
    orderNo: '202611251403220018',
    amount: '1288.00',
    paidAt: '2026-11-25T14:03:22',
    merchantId: '898310058120123',
    terminalId: '20458712',
    attestation: '我已核实以上信息无误',
  },
  en: {
    path: 'portals/demo/en/order-2001.html',
    orderNo: 'WX20261124101533',
    amount: '56.80',
    paidAt: '2026-11-24T10:15:33',
    merchantId: '898440153990021',
    terminalId: '10923457',
    attestation: 'I confirm the information above is correct',
  },
} as const;

/** The verdict card's action (en or zh panel) → the fixtures' request-type radio value. */
const TYPE_OF_VERDICT: Record<string, string> = {
  Void: 'void',
  撤销: 'void',
  Refund: 'refund',
  退货: 'refund',
  'Cancel the pre-authorization': 'preauth',
  预授权撤销: 'preauth',
};

/** Report keys → the fixtures' state fields. */
const STATE_OF_KEY: Record<string, keyof WidgetFormState> = {
  orderNo: 'orderNo',
  amountMinor: 'amount',
  paidAt: 'paidAt',
  merchantId: 'merchantId',
  terminalId: 'terminalId',
  requestType: 'requestType',
  reason: 'reason',
  description: 'description',
  files: 'attachments',
};

/**
 * Widgets a person cannot empty again either: a radio group, a dropdown without a clear control, a read-only
 * date picker without one (flatpickr). The undo report says so, and they keep the filled value.
 */
const CHOICES: readonly (keyof WidgetFormState)[] = ['requestType', 'reason', 'paidAt'];

interface Fixtures {
  context: BrowserContext;
  worker: Worker;
  fixtures: StaticServer;
  openPanel: (tabId: number, options?: { time?: string }) => Promise<PanelPage>;
}

/** Captures the demo order of `lang` in a new tab, then opens the widget form in that same tab. */
async function seedCase(fx: Fixtures, lib: WidgetLib, lang: keyof typeof ORDERS) {
  const order = ORDERS[lang];
  const page = await fx.context.newPage();
  await page.goto(`${fx.fixtures.origin}/${order.path}`);
  const tabId = await tabIdOf(fx.worker, page.url());
  const panel = await fx.openPanel(tabId, { time: TIME });
  await panel.capture();
  await expect(panel.field('Order number')).toHaveValue(order.orderNo);
  const verdict = ((await panel.page.getByTestId('verdict-action').textContent()) ?? '').trim();
  const requestType = TYPE_OF_VERDICT[verdict];
  expect(requestType, `the verdict "${verdict}" asks for a cancellation request`).toBeDefined();

  const form = new WidgetFormPage(page);
  await form.open(fx.fixtures.origin, lib);
  // The panel follows its tab to the form before filling.
  await expect(panel.page.locator('.target-title')).toContainText((await page.title()).split(' - ')[0] as string);
  return { order, form, fill: new FillPage(panel.page), verdict, requestType: requestType as string };
}

/**
 * Fills the widget form from the case with "Duplicate charge" as the reason and checks the library's state (a
 * range picker, named by `rangeLabel`, must be left alone), then undoes the fill and checks every widget is
 * back. The values, reports and states are attached to the test result ("widget fill" / "widget undo") whether
 * or not the checks pass.
 */
async function fillAndUndo(
  fx: Fixtures,
  lib: WidgetLib,
  lang: keyof typeof ORDERS,
  rangeLabel?: string,
): Promise<void> {
  const { order, form, fill, verdict, requestType } = await seedCase(fx, lib, lang);
  const before = await form.state();

  await fill.chooseReason('Duplicate charge');
  await fill.fill();
  const after = await form.state();
  const report: ReportRow[] = (await fill.report().count()) ? await readReport(fill.report()) : [];
  const summary = /Filled \d+ of \d+ fields\.[^.]*\./.exec((await fill.liveRegion().textContent()) ?? '')?.[0] ?? '';
  await test.info().attach('widget fill', {
    body: JSON.stringify({ lib, verdict, before, after, summary, report, submitted: await form.submitted() }, null, 2),
    contentType: 'application/json',
  });

  // Checked softly, so the undo below still runs and is recorded when the fill falls short.
  expect.soft(after, 'library state after the fill').toEqual({
    ...before,
    orderNo: order.orderNo,
    amount: order.amount,
    requestType,
    reason: 'duplicate',
    paidAt: order.paidAt,
    terminalId: order.terminalId,
    merchantId: order.merchantId,
    description: expect.stringContaining(order.orderNo),
  });
  expect.soft(after.confirmed, 'the attestation stays for the agent').toBe(false);
  expect.soft(await form.submitted(), 'nothing submitted').toBe(0);
  expect.soft(summary).toContain('Nothing was submitted.');
  expect
    .soft(
      report.filter((r) => r.field.includes(order.attestation) && /^Filled/.test(r.outcome)),
      'the report fills no attestation',
    )
    .toEqual([]);
  if (rangeLabel)
    expect
      .soft(
        report.filter((r) => r.field.includes(rangeLabel)),
        'the range picker is left alone',
      )
      .toEqual([]);
  const left = fill.region().getByText('Left for you').locator('xpath=../..');
  await expect
    .soft(left, 'the report names the attestation as left for the agent')
    .toContainText(`“${order.attestation}”: tick it yourself`);
  await expect
    .soft(left, 'the report names the submit button as left for the agent')
    .toContainText(/“(?:Submit request|提交申请)”: press it yourself/);

  await fill.undo();
  const undone = await form.state();
  const undoReport = (await fill.undoReport().count()) ? await readReport(fill.undoReport()) : [];
  const undoSummary = /Put back \d+ of \d+ fields\./.exec((await fill.liveRegion().textContent()) ?? '')?.[0] ?? '';
  await test.info().attach('widget undo', {
    body: JSON.stringify({ lib, undone, undoSummary, undoReport }, null, 2),
    contentType: 'application/json',
  });

  // Every widget is back as before, except one the undo report says cannot be emptied again (a person cannot
  // either, lib/fill/undo-fill.ts): it keeps the filled value.
  const kept = undoReport
    .filter((r) => /cannot be emptied again/.test(r.outcome))
    .map((r) => STATE_OF_KEY[r.key])
    .filter((k): k is keyof WidgetFormState => k !== undefined && CHOICES.includes(k));
  expect(undone, 'library state after the undo').toEqual({
    ...before,
    ...Object.fromEntries(kept.map((k) => [k, after[k]])),
  });
  expect(await form.submitted()).toBe(0);
}

test('antd (React 19): left labels, Radio.Button, searchable Select, DatePicker showTime, RangePicker, Cascader, Upload; fill and undo', async ({
  context,
  worker,
  fixtures,
  openPanel,
}) => {
  await fillAndUndo({ context, worker, fixtures, openPanel }, 'antd', 'zh', '查询日期范围');
});

test('Element Plus (Vue 3): top labels, el-radio-button, filterable el-select, datetime and daterange pickers, el-cascader, el-upload; fill and undo', async ({
  context,
  worker,
  fixtures,
  openPanel,
}) => {
  await fillAndUndo({ context, worker, fixtures, openPanel }, 'element-plus', 'zh', '查询日期范围');
});

test('ant-design-vue (Vue 3): placeholders only, a-radio-group named by aria-label, a-select, a-date-picker show-time, a-tree-select, a-upload; fill and undo', async ({
  context,
  worker,
  fixtures,
  openPanel,
}) => {
  await fillAndUndo({ context, worker, fixtures, openPanel }, 'ant-design-vue', 'en');
});

test('Shoelace web components: label attributes in shadow roots, sl-radio-group, sl-select, sl-input datetime-local, sl-checkbox, sl-switch; fill and undo', async ({
  context,
  worker,
  fixtures,
  openPanel,
}) => {
  await fillAndUndo({ context, worker, fixtures, openPanel }, 'shoelace', 'en');
});

test('Bootstrap 5 with Tom Select and flatpickr: aria-label only, searchable Tom Select, read-only flatpickr date-time and range; fill and undo', async ({
  context,
  worker,
  fixtures,
  openPanel,
}) => {
  await fillAndUndo({ context, worker, fixtures, openPanel }, 'bootstrap-tom-select', 'en', 'Search date range');
});

test('jQuery with Select2: table layout, Select2 with a search box in a body popup, native radios and datetime-local; fill and undo', async ({
  context,
  worker,
  fixtures,
  openPanel,
}) => {
  await fillAndUndo({ context, worker, fixtures, openPanel }, 'jquery-select2', 'zh');
});
