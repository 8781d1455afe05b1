import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { extensionId, launchWithExtension } from '../support/browser';
import { expect, test } from './fixtures';
import { CaseLogPage, readCaseDb } from './pages/case-log-page';
import { OptionsPage } from './pages/options-page';

const ORDER_1001 = '202611251403220018';
const FULL_CARD = '6225880212345673';
const CARD_LIKE = /6225[\s-]?8802[\s-]?1234[\s-]?5673/;

test('a case exported as ZIP imports into a fresh profile identical, chain intact', async ({
  openPortal,
  openPanel,
}) => {
  test.setTimeout(120_000);
  const { tabId } = await openPortal('demo/zh/order-1001.html');
  const panel = await openPanel(tabId);
  const log = new CaseLogPage(panel.page);
  await panel.capture();
  await expect(panel.field('Order number')).toHaveValue(ORDER_1001);

  await log.addNote('客户来电要求撤销。Customer called to cancel.');
  await log.takeScreenshot();
  await expect(log.evidenceRows().filter({ hasText: 'image/png' })).toHaveCount(1);
  await log.markSubmitted('online form', 'ACQ-E2E-0001');

  const download = await log.download('Case ZIP');
  expect(download.suggestedFilename()).toBe(`case-${ORDER_1001}.zip`);
  const zipPath = join(mkdtempSync(join(tmpdir(), 'canceldesk-zip-')), download.suggestedFilename());
  await download.saveAs(zipPath);
  const source = await readCaseDb(panel.page);
  expect(source.cases).toHaveLength(1);
  expect(source.events.at(-1)).toMatchObject({ type: 'exported' });
  expect(source.events.map((e) => e.type)).toEqual(
    expect.arrayContaining(['captured', 'note_added', 'evidence_added', 'status_changed', 'exported']),
  );
  const zip = unzipSync(new Uint8Array(readFileSync(zipPath)));
  expect(Object.keys(zip).filter((p) => p.startsWith('evidence/'))).toHaveLength(1);

  const fresh = await launchWithExtension({ userDataDir: mkdtempSync(join(tmpdir(), 'canceldesk-fresh-')) });
  try {
    const id = await extensionId(fresh);
    const options = await OptionsPage.open(fresh, id);
    await options.importCases(zipPath);
    await expect(options.importResults()).toHaveText(`case-${ORDER_1001}.zip: 1 added, 0 updated, 0 already here.`);
    const imported = await readCaseDb(options.page);
    expect(imported.events).toEqual(source.events);
    expect(imported.cases).toEqual(source.cases);
    expect(imported.notes).toEqual(source.notes);
    expect(imported.evidence).toEqual(source.evidence);
    expect(imported.blobs).toEqual(source.blobs);

    await options.importCases(zipPath);
    await expect(options.importResults()).toHaveText(`case-${ORDER_1001}.zip: 0 added, 0 updated, 1 already here.`);

    const freshPanel = await fresh.newPage();
    await freshPanel.goto(`chrome-extension://${id}/sidepanel.html`);
    await freshPanel
      .getByRole('region', { name: 'Recent cases' })
      .getByRole('button', { name: new RegExp(ORDER_1001) })
      .click();
    const freshLog = new CaseLogPage(freshPanel);
    await expect(freshLog.chainCheck()).toHaveText(
      `✓ History consistent with the ledger: ${source.events.length} events, linked in order, none missing.`,
    );
    await expect(freshLog.timelineEntries()).toHaveCount(source.events.length);
    await expect(freshLog.timelineEntries().first()).toContainText('Exported as case ZIP');
    await expect(freshPanel.getByTestId('case-status')).toHaveText('Status: Submitted');
  } finally {
    await fresh.close();
  }
});

test('a page showing a full card number leaves it in no export and nowhere in IndexedDB', async ({
  context,
  extensionId: id,
  openPortal,
  openPanel,
}) => {
  test.setTimeout(90_000);
  const { page: portal, tabId } = await openPortal('demo/zh/order-1002.html');
  await expect(portal.getByText(FULL_CARD)).toBeVisible();
  const panel = await openPanel(tabId);
  const log = new CaseLogPage(panel.page);
  await panel.capture();
  await expect(panel.field('Order number')).toHaveValue('202611200918450007');
  await log.addNote('Card shown on the portal page; only the masked number is kept.');
  await log.savePageSnapshot();
  await log.takeScreenshot();
  await expect(portal.locator('[data-canceldesk-cover]')).toHaveCount(0);

  const found: Record<string, string> = {};
  const keep = (name: string, text: string) => void (found[name] = text);

  await panel.page.evaluate(() => {
    const copied: string[] = [];
    Object.assign(window, { copiedTexts: copied });
    navigator.clipboard.writeText = async (text: string) => void copied.push(text);
  });
  await log.exportWith('Copy as text');
  await expect(panel.page.getByText('Case notes copied to the clipboard.')).toBeVisible();
  keep(
    'text',
    await panel.page.evaluate(() => (window as unknown as { copiedTexts: string[] }).copiedTexts.join('\n')),
  );

  for (const item of ['Markdown', 'Case JSON'] as const) {
    const download = await log.download(item);
    keep(item, readFileSync(await download.path()).toString('utf8'));
  }
  const zipDownload = await log.download('Case ZIP');
  const zip = unzipSync(new Uint8Array(readFileSync(await zipDownload.path())));
  for (const [path, bytes] of Object.entries(zip))
    keep(`zip:${path}`, path.endsWith('.png') ? Buffer.from(bytes).toString('latin1') : strFromU8(bytes));

  const printed = context.waitForEvent('page');
  await log.exportWith('Print');
  const printPage = await printed;
  await printPage.waitForLoadState();
  keep('print', await printPage.content());

  const csv = panel.page.waitForEvent('download');
  await panel.page.getByRole('button', { name: 'Export list as CSV', exact: true }).click();
  keep('csv', readFileSync(await (await csv).path()).toString('utf8'));

  const options = await OptionsPage.open(context, id);
  keep('backup', readFileSync(await (await options.downloadBackup()).path()).toString('utf8'));

  keep('indexeddb', (await readCaseDb(panel.page)).text);

  const json = JSON.parse(found['Case JSON']!);
  expect(json.order.cardMasked).toMatch(/^6225\d\d\D+5673$/);
  expect(Object.keys(found)).toEqual(
    expect.arrayContaining(['text', 'Markdown', 'Case JSON', 'print', 'csv', 'backup', 'indexeddb']),
  );
  expect(Object.keys(found).filter((k) => k.startsWith('zip:evidence/'))).toHaveLength(2);
  for (const [name, text] of Object.entries(found)) {
    expect(text.length, name).toBeGreaterThan(0);
    expect(CARD_LIKE.test(text), `${name} holds the full card number`).toBe(false);
  }
  expect(found.text).toContain('202611200918450007');
});
