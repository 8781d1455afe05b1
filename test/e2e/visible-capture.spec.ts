import { readFileSync } from 'node:fs';
import type { Page, Worker } from '@playwright/test';
import { test, expect } from './fixtures';
import { CaseLogPage, readCaseDb } from './pages/case-log-page';
import { FillPage } from './pages/fill-page';
import { VerdictCardPage, type PanelPage } from './pages/panel-page';

declare const chrome: typeof import('wxt/browser').browser;

/**
 * Capture reads what a person sees, never chooses between values that disagree, and lets the agent settle
 * what the check stops on, all through the panel. Fixtures: test/fixtures/portals/panel-* (no expected.json,
 * so the capture-fixture tests leave them alone). Every page's sale is 2026-11-25 14:03:22 Beijing time; at
 * 16:00 that day an unsettled card sale is a void.
 */
const TIME = '2026-11-25T16:00:00+08:00';

/** The stored case of an order, read straight from IndexedDB (the panel's own database). */
async function storedCase(panel: PanelPage, orderNo: string) {
  const db = await readCaseDb(panel.page);
  return {
    db,
    record: db.cases.find((c) => c.orderNo === orderNo) as
      | {
          page: { values: Record<string, unknown>; sources: Record<string, { method: string; text: string }> };
          edits: Record<string, unknown>;
        }
      | undefined,
  };
}

/** Waits until the panel has logged the verdict of the current case: capture and check have both landed. */
async function verdictLogged(panel: PanelPage): Promise<void> {
  await expect.poll(async () => (await readCaseDb(panel.page)).events.map((e) => e.type)).toContain('verdict_computed');
}

// --- 1. hidden decoys ---------------------------------------------------------------------------------------

const DECOY_ORDER = '999901';
const DECOY_AMOUNT = /999,?999/;

const HIDDEN = {
  en: { orderNo: 'Order number', amount: 'Amount', action: 'Void' },
  zh: { orderNo: '订单编号', amount: '交易金额', action: '撤销' },
} as const;

for (const lang of ['en', 'zh'] as const) {
  test(`hidden copies of another order are ignored: the panel and the case hold only the visible order (${lang})`, async ({
    openPortal,
    openPanel,
  }) => {
    const words = HIDDEN[lang];
    const { tabId } = await openPortal('panel-hidden-decoys/index.html');
    const panel = await openPanel(tabId, { time: TIME });
    await panel.setLanguage(lang);
    await panel.capture();

    await expect(panel.orderField(words.orderNo)).toHaveValue('ORD-2026_11-000418');
    await expect(panel.orderField(words.amount)).toHaveValue('1000.00');
    const verdict = new VerdictCardPage(panel.page);
    await expect(verdict.action()).toHaveText(words.action);
    await expect(verdict.amountAllowed()).toContainText('¥1,000.00');
    await expect(panel.problems()).toHaveCount(0);
    await verdictLogged(panel);
    await panel.showAllFields();

    const shown = await panel.allText();
    expect(shown).toContain('ORD-2026_11-000418');
    expect(shown).not.toContain(DECOY_ORDER);
    expect(shown).not.toMatch(DECOY_AMOUNT);

    const { db, record } = await storedCase(panel, 'ORD-2026_11-000418');
    expect(db.cases).toHaveLength(1);
    expect(record?.page.values).toMatchObject({
      orderNo: 'ORD-2026_11-000418',
      amountMinor: 100000,
      status: 'paid',
      settled: false,
    });
    expect(db.text).not.toContain(DECOY_ORDER);
    expect(db.text).not.toMatch(DECOY_AMOUNT);

    // The case JSON an agent hands on holds no trace of the hidden order either (the export menu speaks English).
    await panel.setLanguage('en');
    const download = await new CaseLogPage(panel.page).download('Case JSON');
    const json = readFileSync(await download.path()).toString('utf8');
    expect(json).toContain('ORD-2026_11-000418');
    expect(json).not.toContain(DECOY_ORDER);
    expect(json).not.toMatch(DECOY_AMOUNT);
  });
}

/** How each hidden copy in panel-hidden-decoys is hidden, and how a script shows it again. */
const REVEAL: Record<string, (doc: Document) => void> = {
  'display:none from a class': (d) => d.querySelector('.is-hidden')!.classList.remove('is-hidden'),
  'visibility:hidden': (d) => d.querySelector('.is-prefetched')!.classList.remove('is-prefetched'),
  'opacity:0': (d) => d.querySelector('.el-fade-in-linear-leave-to')!.classList.remove('el-fade-in-linear-leave-to'),
  'left:-9999px': (d) => d.querySelector('.measure-box')!.classList.remove('measure-box'),
  'sr-only': (d) => d.querySelector('.sr-only')!.classList.remove('sr-only'),
  'clip-path: inset(50%)': (d) =>
    d.querySelector('.el-collapse-transition-clip')!.classList.remove('el-collapse-transition-clip'),
  'closed <details>': (d) => void (d.querySelector('details')!.open = true),
  '<dialog> not open': (d) => d.querySelector('dialog')!.show(),
};

test('control: each hidden copy in the decoy page is read as soon as it is shown, so the test above proves something', async ({
  openPortal,
  openPanel,
}) => {
  test.setTimeout(90_000);
  const { page, tabId } = await openPortal('panel-hidden-decoys/index.html');
  for (const [how, reveal] of Object.entries(REVEAL)) {
    await page.reload();
    await page.evaluate(`(${reveal.toString()})(document)`);
    // A fresh panel each time: its status line cannot still show the previous capture's result.
    const panel = await openPanel(tabId, { time: TIME });
    await panel.capture();
    await expect(panel.problems(), how).toContainText(
      `the page shows ORD-2026_11-${DECOY_ORDER} / ORD-2026_11-000418; none was chosen.`,
    );
    await expect(panel.problems(), how).toContainText('the page shows ¥999,999.00 / ¥1,000.00; none was chosen.');
    await panel.page.close();
  }
});

// --- 2. conflicting visible values ------------------------------------------------------------------------

const CONFLICT = {
  en: {
    says: '交易金额: the page shows ¥1,000.00 / ¥1,200.00; none was chosen.',
    use: (v: string) => `Use ${v}`,
    amount: 'Amount',
    edited: 'edited',
    editedByHand: /amount was edited by hand/i,
    history: 'History',
    logged: 'Edited Amount: — → ¥1,000.00',
  },
  zh: {
    says: '交易金额：页面上显示 ¥1,000.00 / ¥1,200.00，未自动选择。',
    use: (v: string) => `采用 ${v}`,
    amount: '交易金额',
    edited: '已修改',
    editedByHand: /为手工修改/,
    history: '操作记录',
    logged: '修改交易金额：— → ¥1,000.00',
  },
} as const;

for (const lang of ['en', 'zh'] as const) {
  test(`two visible panels that disagree on the amount: both values offered, none chosen, no amount allowed until the agent picks one (${lang})`, async ({
    openPortal,
    openPanel,
  }) => {
    const words = CONFLICT[lang];
    const { tabId } = await openPortal('panel-conflict/index.html');
    const panel = await openPanel(tabId, { time: TIME });
    await panel.setLanguage(lang);
    await panel.capture();

    await expect(panel.problems()).toContainText(words.says);
    const useLow = panel.problems().getByRole('button', { name: words.use('¥1,000.00'), exact: true });
    await expect(useLow).toBeVisible();
    await expect(panel.problems().getByRole('button', { name: words.use('¥1,200.00'), exact: true })).toBeVisible();
    await expect(panel.orderField(words.amount)).toHaveValue('');
    const verdict = new VerdictCardPage(panel.page);
    // The verdict card shows "—" when the check cannot say how much may be cancelled.
    await expect(verdict.amountAllowed()).toHaveText(/^—/);
    await expect(verdict.amountAllowed()).not.toContainText('¥');
    const before = await storedCase(panel, 'ORD-2026_11-000522');
    expect(before.record?.page.values).not.toHaveProperty('amountMinor');

    await useLow.click();
    await expect(panel.orderField(words.amount)).toHaveValue('1000.00');
    await expect(panel.orderFieldRow(words.amount)).toHaveClass(/field-edited/);
    await expect(panel.orderFieldRow(words.amount).locator('.badge-edited')).toHaveText(words.edited);
    await expect(verdict.amountAllowed()).toContainText('¥1,000.00');
    await expect(verdict.card()).toContainText(words.editedByHand);
    // The question is answered: the choice buttons are gone.
    await expect(panel.problems()).toHaveCount(0);
    await expect(
      panel.page
        .getByRole('region', { name: words.history, exact: true })
        .getByRole('listitem')
        .getByText(words.logged, { exact: true }),
    ).toHaveCount(1);

    await expect
      .poll(async () => (await storedCase(panel, 'ORD-2026_11-000522')).record?.edits)
      .toEqual({ amountMinor: 100000 });
    const { db, record } = await storedCase(panel, 'ORD-2026_11-000522');
    expect(record?.page.values).not.toHaveProperty('amountMinor');
    expect(db.events.map((e) => e.type)).toContain('field_edited');
  });
}

// --- 3. the inline status choice unblocks Fill ------------------------------------------------------------

const UNBLOCK = {
  en: {
    group: 'Order status',
    why: 'The check needs the order status: without it, it can only say “query first”, and there is nothing to fill.',
    paid: 'Paid',
    query: 'Query the transaction result first',
    notFillable: 'The check says “Query the transaction result first”: there is no cancellation request to fill.',
    action: 'Void',
    edited: 'edited',
    history: 'History',
    logged: /^Edited Order status: — → Paid$/,
    filled: /^Filled \d+ of \d+ fields\. Nothing was submitted\.$/,
  },
  zh: {
    group: '订单状态',
    why: '核对需要订单状态：没有它只能给出“先查询”，也就没有可填写的申请。',
    paid: '交易成功',
    query: '先查询交易结果',
    notFillable: '核对结果为“先查询交易结果”：没有需要填写的撤销/退货申请。',
    action: '撤销',
    edited: '已修改',
    history: '操作记录',
    logged: /^修改订单状态：— → 交易成功$/,
    filled: /^已填写 \d+\/\d+ 个字段，未提交任何内容。$/,
  },
} as const;

type CancelForm = Record<string, string>;
const cancelForm = (page: Page) =>
  page.evaluate(
    () =>
      Object.fromEntries(
        [...new FormData(document.getElementById('cancel-form') as HTMLFormElement)].filter(
          (e): e is [string, string] => typeof e[1] === 'string',
        ),
      ) as CancelForm,
  );
const submitted = (page: Page) => page.evaluate(() => (window as unknown as { __submitted?: number }).__submitted ?? 0);

for (const lang of ['en', 'zh'] as const) {
  test(`an unknown status word blocks Fill until the agent picks the status in the fill card; then Fill fills and never submits (${lang})`, async ({
    openPortal,
    openPanel,
  }) => {
    const words = UNBLOCK[lang];
    const { page, tabId } = await openPortal('panel-unblock/index.html');
    const panel = await openPanel(tabId, { time: TIME });
    await panel.setLanguage(lang);
    await panel.capture();
    const verdict = new VerdictCardPage(panel.page);
    const fill = new FillPage(panel.page);

    await expect(panel.problems()).toContainText('待人工核验X3');
    await expect(verdict.action()).toHaveText(words.query);
    const ask = fill.unblock(words.group);
    await expect(ask).toBeVisible();
    await expect(ask).toHaveAccessibleDescription(words.why);
    await expect(ask.getByRole('button', { name: words.paid, exact: true })).toBeVisible();

    // Fill before the status is known: nothing to fill, and the form is left as it was.
    const blank = await cancelForm(page);
    expect(blank).toMatchObject({ orderNo: '', amount: '' });
    await fill.fillButton().click();
    await expect(fill.card().locator('[aria-live="polite"] .notice-error')).toHaveText(words.notFillable);
    await expect(fill.fillButton()).toBeEnabled();
    expect(await cancelForm(page)).toEqual(blank);

    await ask.getByRole('button', { name: words.paid, exact: true }).click();
    await expect(verdict.action()).toHaveText(words.action);
    await expect(ask).toHaveCount(0);
    await expect(panel.orderField(words.group)).toHaveValue('paid');
    await expect(panel.orderFieldRow(words.group).locator('.badge-edited')).toHaveText(words.edited);
    await expect(
      panel.page
        .getByRole('region', { name: words.history, exact: true })
        .getByRole('listitem')
        .getByText(words.logged),
    ).toHaveCount(1);
    await expect
      .poll(async () => (await storedCase(panel, 'ORD-2026_11-000733')).record?.edits)
      .toEqual({ status: 'paid' });

    await fill.fillButton().click();
    const result = fill.card().locator('[aria-live="polite"]');
    await expect(result.getByText(words.filled)).toBeVisible({ timeout: 15_000 });
    await expect(fill.fillButton()).toBeEnabled();
    await expect(result.locator('.notice-error')).toHaveCount(0);
    // The fill report marks the order number, the amount and the request type filled.
    for (const key of ['orderNo', 'amountMinor', 'requestType'])
      await expect(result.locator(`tbody tr[data-key="${key}"]`)).toHaveClass('fill-filled');
    expect(await cancelForm(page)).toMatchObject({ orderNo: 'ORD-2026_11-000733', amount: '1000.00', type: 'void' });
    await expect(page.locator('#c-order')).toHaveValue('ORD-2026_11-000733');
    await expect(page.locator('#c-amount')).toHaveValue('1000.00');
    expect(await submitted(page)).toBe(0);
    await expect(page.locator('#submitted')).toBeHidden();
    const { db } = await storedCase(panel, 'ORD-2026_11-000733');
    expect(db.events.map((e) => e.type)).toEqual(expect.arrayContaining(['captured', 'field_edited', 'form_filled']));
  });
}

// --- 4. teach a field by picking it, read it on the next visit ----------------------------------------------

const TEACH = {
  en: {
    orderNo: 'Order number',
    field: 'Terminal ID',
    pick: 'Pick Terminal ID on page',
    prompt: 'Click Terminal ID on the page',
  },
  zh: { orderNo: '订单编号', field: '终端编号', pick: '在页面上选取终端编号', prompt: '请在页面上点击终端编号' },
} as const;

/** The fields taught on a portal origin, as the panel stored them. */
const taughtFields = (worker: Worker, origin: string) =>
  worker.evaluate(async (o) => {
    const { siteProfiles } = await chrome.storage.local.get('siteProfiles');
    return Object.keys(
      (siteProfiles as Record<string, { fields?: Record<string, unknown> }> | undefined)?.[o]?.fields ?? {},
    );
  }, origin);

for (const lang of ['en', 'zh'] as const) {
  test(`a terminal ID with no label is taught by picking it on the page and read again on the next visit (${lang})`, async ({
    openPortal,
    openPanel,
    worker,
  }) => {
    const words = TEACH[lang];
    const first = await openPortal('panel-teach/index.html');
    const origin = new URL(first.page.url()).origin;
    const panel = await openPanel(first.tabId, { time: TIME });
    await panel.setLanguage(lang);
    await panel.capture();
    await expect(panel.orderField(words.orderNo)).toHaveValue('ORD-2026_11-000861');
    // The heuristics know no label for the header chip.
    await expect(panel.orderField(words.field)).toHaveValue('');

    await panel.button(words.pick).click();
    await expect(panel.status()).toContainText(words.prompt);
    await first.page.bringToFront();
    await first.page.locator('.tid-chip').hover();
    await expect(first.page.locator('[data-canceldesk-pick]')).toBeVisible();
    await first.page.locator('.tid-chip').click();
    await expect(panel.orderField(words.field)).toHaveValue('TA-88120');
    expect(await taughtFields(worker, origin)).toEqual(['terminalId']);

    // A new visit: the portal page in a new tab, and a fresh panel for it.
    await panel.page.close();
    await first.page.close();
    const second = await openPortal('panel-teach/index.html');
    expect(second.tabId).not.toBe(first.tabId);
    const fresh = await openPanel(second.tabId, { time: TIME });
    await fresh.capture();
    await expect(fresh.orderField(words.orderNo)).toHaveValue('ORD-2026_11-000861');
    await expect(fresh.orderField(words.field)).toHaveValue('TA-88120');
    await expect(fresh.recentCases()).toHaveCount(1);
    // Read through the taught locator, not guessed: the case records where the value came from.
    await expect
      .poll(async () => (await storedCase(fresh, 'ORD-2026_11-000861')).record?.page.sources.terminalId)
      .toMatchObject({ method: 'profile', text: 'TA-88120' });
  });
}

// --- two order numbers ------------------------------------------------------------------------------------

// When the order number itself is shown twice with different values, capture makes no case; the agent's choice
// among the numbers the page shows starts it.
test('choosing between two visible order numbers starts the case with the chosen one', async ({
  openPortal,
  openPanel,
}) => {
  const { page, tabId } = await openPortal('panel-hidden-decoys/index.html');
  await page.evaluate(() => document.querySelector('dialog')!.show());
  const panel = await openPanel(tabId, { time: TIME });
  await panel.capture();
  await expect(panel.problems()).toContainText(
    `the page shows ORD-2026_11-${DECOY_ORDER} / ORD-2026_11-000418; none was chosen.`,
  );
  await panel.problems().getByRole('button', { name: 'Use ORD-2026_11-000418', exact: true }).click();
  await expect(panel.orderField('Order number')).toHaveValue('ORD-2026_11-000418');
});
