import { expect, test } from './fixtures';
import { readFileSync } from 'node:fs';
import { actionText, LANGS, loadDictionary, translator } from '../../lib/i18n';
import { stopExtensionWorker } from '../support/service-worker';
import { CHAIN_WORDS } from '../../lib/export/import-problem';
import { readCaseDb } from './pages/case-log-page';
import { OptionsPage } from './pages/options-page';

declare const chrome: typeof import('wxt/browser').browser;
declare const canceldeskTest: { runCommand(command: string): Promise<void> };

// The expected texts come from the panel's own dictionaries, loaded here as a page loads them.
test.beforeAll(() => Promise.all(LANGS.map(loadDictionary)));

// Chromium ignores quota overrides for an extension with unlimitedStorage, so the disk fills at the
// IndexedDB boundary: every write from the panel fails as a full disk does, with QuotaExceededError.
const fillTheDisk = () => {
  const full = () => {
    throw new DOMException('The disk is full.', 'QuotaExceededError');
  };
  IDBObjectStore.prototype.put = full;
  IDBObjectStore.prototype.add = full;
};

for (const { lang, says } of [
  { lang: 'en', says: 'The disk is full: the case was not saved and nothing was changed.' },
  { lang: 'zh', says: '磁盘空间已满：案件未保存，现有数据未受影响。' },
] as const) {
  test(`a full disk: the panel says so and nothing is half-written (${lang})`, async ({ openPortal, openPanel }) => {
    const first = await openPortal('demo/zh/order-1001.html');
    const panel = await openPanel(first.tabId);
    await panel.setLanguage(lang);
    await panel.capture();
    await expect(panel.recentCases()).toHaveCount(1);
    const before = await readCaseDb(panel.page);

    await panel.page.evaluate(fillTheDisk);
    await first.page.goto(first.page.url().replace('order-1001', 'order-1002'));
    await panel.capture();
    await expect(panel.status()).toContainText(says);
    const after = await readCaseDb(panel.page);
    expect(after.cases).toEqual(before.cases);
    expect(after.events).toEqual(before.events);
  });
}

const startMark = () => Object.assign(globalThis, { startedBeforeTheStop: true });
const startedBeforeTheStop = () => 'startedBeforeTheStop' in globalThis;
// Every reminder, deadline or follow-up, rides on one rolling alarm armed from the schedule the panel publishes.
const reminderAlarm = async () =>
  (await chrome.alarms.getAll()).map((a) => a.name).filter((n) => n === 'canceldesk-next-reminder');

for (const lang of ['en', 'zh'] as const) {
  test(`the service worker stops and restarts: nothing is lost and nothing is stuck (${lang})`, async ({
    context,
    extensionId,
    worker,
    openPortal,
    openPanel,
  }) => {
    const t = translator(lang);
    const { page: portal, tabId } = await openPortal('demo/zh/order-1001.html');
    const panel = await openPanel(tabId);
    await panel.setLanguage(lang);
    await panel.capture();
    const status = panel.page.getByRole('region', { name: t('log.status') });
    await status.getByRole('button', { name: t('log.moveTo.submitted'), exact: true }).click();
    await status.getByLabel(t('log.requestId')).fill('REQ-77');
    await status.getByRole('button', { name: t('log.confirm'), exact: true }).click();
    await status.getByRole('button', { name: t('log.moveTo.under_review'), exact: true }).click();
    await expect(panel.page.getByTestId('case-status')).toHaveText(
      t('log.statusNow', { status: t('caseStatus.under_review') }),
    );
    await expect.poll(() => worker.evaluate(reminderAlarm)).toHaveLength(1);
    const draft = panel.page.getByLabel(t('log.noteLabel'));
    await draft.fill('Merchant called back at 10:05');

    // Only a worker that starts afresh and re-arms from the published schedule can bring them back.
    await worker.evaluate(startMark);
    await worker.evaluate(() => chrome.alarms.clearAll());
    await stopExtensionWorker(context, extensionId);

    await portal.goto(portal.url().replace('order-1001', 'order-1002'));
    await panel.capture();
    await expect(panel.field(t('field.orderNo'))).toHaveValue('202611200918450007');
    await expect.poll(() => worker.evaluate(startedBeforeTheStop), { timeout: 15_000 }).toBe(false);
    await expect.poll(() => worker.evaluate(reminderAlarm)).toHaveLength(1);

    await portal.goto(portal.url().replace('order-1002', 'order-1001'));
    await worker.evaluate((c) => canceldeskTest.runCommand(c), 'capture-order');
    await expect(panel.field(t('field.orderNo'))).toHaveValue('202611251403220018');
    await expect(draft).toHaveValue('Merchant called back at 10:05');
    await panel.page.getByRole('button', { name: t('log.addNote'), exact: true }).click();
    await expect(panel.page.getByRole('region', { name: t('log.notes') }).getByRole('status')).toHaveText(
      t('log.noteAdded'),
    );
    await expect(panel.recentCases()).toHaveCount(2);
  });
}

test('a reminder comes due: the worker shows it from the published schedule, once', async ({ worker }) => {
  const key = 'deadline:e2e-case|2026-11-25T15:00:00.000Z|15';
  // Once the worker's first run has settled, one write as if its last run were a minute ago with this reminder
  // next, and the schedule as the panel writes it, the reminder now due.
  await expect
    .poll(() => worker.evaluate(async () => (await chrome.storage.local.get('reminderState')).reminderState))
    .toBeTruthy();
  await worker.evaluate(async (key) => {
    const now = Date.now();
    await chrome.storage.local.set({
      reminderState: { settledUntil: now - 60_000, nextAt: now - 30_000 },
      reminderSchedule: [
        { kind: 'deadline', key, at: now - 30_000, until: now + 3_600_000, title: 'Deadline soon', message: 'Soon.' },
        {
          kind: 'deadline',
          key: `${key}-later`,
          at: now + 3_600_000,
          until: now + 7_200_000,
          title: 'T',
          message: 'M',
        },
      ],
    });
  }, key);
  const shown = () => worker.evaluate(async () => Object.keys(await chrome.notifications.getAll()));
  await expect.poll(shown).toEqual([key]);
  await expect.poll(() => worker.evaluate(reminderAlarm)).toHaveLength(1);
  await worker.evaluate(async (key) => chrome.notifications.clear(key), key);
  const settled = () =>
    worker.evaluate(
      async () =>
        ((await chrome.storage.local.get('reminderState')).reminderState as { settledUntil: number }).settledUntil,
    );
  const before = await settled();
  // A new publication (the same reminders, reordered) runs the worker again: nothing is shown twice.
  await worker.evaluate(async () => {
    const { reminderSchedule } = await chrome.storage.local.get('reminderSchedule');
    await chrome.storage.local.set({ reminderSchedule: (reminderSchedule as unknown[]).reverse() });
  });
  await expect.poll(settled).toBeGreaterThan(before);
  expect(await shown()).toEqual([]);
});

// 16:00 Beijing time on the day of order 1001's sale: a void before the 23:00 cut-off.
const SALE_DAY = '2026-11-25T16:00:00+08:00';

for (const lang of ['en', 'zh'] as const) {
  test(`offline: capture, check, notes and export need no network, and the extension asks for none (${lang})`, async ({
    context,
    portal,
    openPortal,
    openPanel,
  }) => {
    const t = translator(lang);
    const { tabId } = await openPortal('demo/zh/order-1001.html');
    const requests: string[] = [];
    context.on('request', (r) => {
      if (!/^(chrome-extension|data|blob):/.test(r.url()) && !r.url().startsWith(portal.origin)) requests.push(r.url());
    });
    await context.setOffline(true);

    const panel = await openPanel(tabId, { time: SALE_DAY });
    await panel.setLanguage(lang);
    await panel.capture();
    await expect(panel.page.getByTestId('verdict-action')).toHaveText(actionText('void', lang));
    await panel.page.getByLabel(t('log.noteLabel')).fill('客户来电确认撤销');
    await panel.page.getByRole('button', { name: t('log.addNote'), exact: true }).click();
    await expect(panel.page.getByRole('region', { name: t('log.notes') }).getByRole('status')).toHaveText(
      t('log.noteAdded'),
    );
    const download = panel.page.waitForEvent('download');
    await panel.button(t('log.export')).click();
    await panel.page.getByRole('menuitem', { name: t('log.caseJson'), exact: true }).click();
    expect((await download).suggestedFilename()).toBe('case-202611251403220018.json');
    expect(requests).toEqual([]);
  });
}

for (const { lang, tampered, damaged } of [
  { lang: 'en', tampered: 'Its history fails the tamper check', damaged: 'It is not a file CancelDesk can read' },
  { lang: 'zh', tampered: '操作记录未通过防篡改校验', damaged: '这不是 CancelDesk 能读取的文件' },
] as const) {
  test(`imported files that fail validation: the options page says why for each, and nothing changes (${lang})`, async ({
    context,
    extensionId,
    openPortal,
    openPanel,
  }) => {
    const t = translator(lang);
    const { tabId } = await openPortal('demo/zh/order-1001.html');
    const panel = await openPanel(tabId);
    await panel.setLanguage(lang);
    await panel.capture();
    const download = panel.page.waitForEvent('download');
    await panel.button(t('log.export')).click();
    await panel.page.getByRole('menuitem', { name: t('log.caseJson'), exact: true }).click();
    const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
    // Someone lowered the captured amount in the file after export.
    exported.events[0].data.draft.values.amountMinor = 1;
    const before = await readCaseDb(panel.page);

    const options = await OptionsPage.open(context, extensionId);
    await options.importCases(
      [
        { name: 'edited.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) },
        {
          name: 'truncated.json',
          mimeType: 'application/json',
          buffer: Buffer.from('{"format": "canceldesk-case", "events": ['),
        },
      ],
      t('log.importCases'),
    );
    const results = options.importResults(t('log.importResults')).getByRole('alert');
    await expect(results.filter({ hasText: 'edited.json' })).toContainText(tampered);
    await expect(results.filter({ hasText: 'truncated.json' })).toContainText(damaged);
    // The detail is worded from the refusal's reason in the agent's language, not the store's English message.
    const lines = [
      ['edited.json', 'tampered', t('log.importReason.chain.hash', { file: 'edited.json', path: 'events[0]' })],
      ['truncated.json', 'invalid', t('log.importReason.notJson', { file: 'truncated.json', path: '(root)' })],
    ] as const;
    for (const [file, why, detail] of lines) {
      const line = results.filter({ hasText: file });
      await expect(line).toHaveText(t('log.importFailed', { file, why: t(`log.fileWhy.${why}`), detail }));
      if (lang === 'zh') {
        const text = (await line.textContent()) ?? '';
        for (const english of [CHAIN_WORDS.hash, 'not valid JSON']) expect(text).not.toContain(english);
        // Two English words in a row would be an English sentence inside the Chinese one.
        expect(text).not.toMatch(/\b[A-Za-z]{2,}\s+[A-Za-z]{2,}\b/);
      }
    }
    const after = await readCaseDb(options.page);
    expect(after.cases).toEqual(before.cases);
    expect(after.events).toEqual(before.events);
  });
}
