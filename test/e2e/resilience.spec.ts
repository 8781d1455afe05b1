import { expect, test } from './fixtures';
import { readCaseDb } from './pages/case-log-page';

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
