import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { OptionsPage } from './pages/options-page';
import type { PanelPage } from './pages/panel-page';

/** Serious and critical WCAG 2.1 A/AA violations on the page as it is now, as readable lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const LANGUAGES = [
  {
    lang: 'en',
    capture: 'Capture order',
    capturing: 'Capturing…',
    order: 'Order number',
    problems: 'Needs attention',
    masked: 'Card number masked',
  },
  {
    lang: 'zh',
    capture: '读取订单',
    capturing: '正在读取…',
    order: '订单编号',
    problems: '待处理',
    masked: '卡号已脱敏',
  },
] as const;

for (const { lang, capture, capturing, order, problems, masked } of LANGUAGES) {
  test.describe(`panel in ${lang}`, () => {
    const setUp = async (panel: PanelPage) => {
      await panel.setLanguage(lang);
      await expect(panel.button(capture)).toBeVisible();
    };

    test(`first run, capturing, partial capture with verdict, all fields open: no serious axe findings (${lang})`, async ({
      openPortal,
      openPanel,
    }) => {
      const { tabId } = await openPortal('demo/zh/order-1002.html');
      const panel = await openPanel(tabId);
      await setUp(panel);
      await expect(
        panel.page.getByRole('region', {
          name: lang === 'en' ? 'Cancel a POS order in a few clicks' : '几步完成 POS 订单撤销/退货',
        }),
      ).toBeVisible();
      expect(await seriousViolations(panel.page)).toEqual([]);

      // The capturing state lasts one message round trip: record the button's texts while it happens.
      await panel.page.evaluate(() => {
        const seen: string[] = [];
        Object.assign(window, { buttonTexts: seen });
        const button = document.querySelector('.actions .btn-primary')!;
        new MutationObserver(() => seen.push(`${button.textContent}|${button.getAttribute('aria-busy')}`)).observe(
          button,
          { subtree: true, childList: true, characterData: true, attributes: true },
        );
      });
      await panel.button(capture).click();
      await expect(panel.field(order)).toHaveValue('202611200918450007');
      expect(await panel.page.evaluate(() => (window as unknown as { buttonTexts: string[] }).buttonTexts)).toContain(
        `${capturing}|true`,
      );
      await expect(panel.page.getByTestId('verdict-action')).toBeVisible();
      // A partial capture says what it changed or could not use: here the full card number shown on the page.
      await expect(panel.page.getByRole('region', { name: problems })).toContainText(masked);
      expect(await seriousViolations(panel.page)).toEqual([]);

      await panel.showAllFields();
      await panel.page
        .getByRole('button', { name: lang === 'en' ? /^Why/ : /^为什么|原因/ })
        .or(panel.page.locator('.verdict summary'))
        .first()
        .click();
      expect(await seriousViolations(panel.page)).toEqual([]);
    });

    test(`no order on the page, list candidates, closed tab: no serious axe findings (${lang})`, async ({
      openPortal,
      openPanel,
    }) => {
      const odd = await openPortal('demo/en/odd-order.html');
      const panel = await openPanel(odd.tabId);
      await setUp(panel);
      await panel.button(capture).click();
      await expect(
        panel.page.getByRole('button', { name: lang === 'en' ? 'Pick Order number on page' : /订单编号/ }).first(),
      ).toBeVisible();
      expect(await seriousViolations(panel.page)).toEqual([]);

      const list = await openPortal('demo/zh/orders.html');
      const listPanel = await openPanel(list.tabId);
      await setUp(listPanel);
      await listPanel.button(capture).click();
      await expect(listPanel.page.locator('.candidates li').first()).toBeVisible();
      expect(await seriousViolations(listPanel.page)).toEqual([]);

      await list.page.close();
      await expect(listPanel.page.getByRole('alert')).toBeVisible();
      expect(await seriousViolations(listPanel.page)).toEqual([]);
    });
  });
}

test('options page: no serious axe findings in either language', async ({ context, extensionId }) => {
  const options = await OptionsPage.open(context, extensionId);
  const page = options.page;
  await expect(options.heading()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await panel.getByLabel('Language').selectOption('zh');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(options.heading()).not.toHaveText(/options/i);
  expect(await seriousViolations(page)).toEqual([]);
});

test('dark mode: no serious axe findings on a captured case', async ({ openPortal, openPanel }) => {
  const { tabId } = await openPortal('demo/zh/order-1001.html');
  const panel = await openPanel(tabId);
  await panel.page.emulateMedia({ colorScheme: 'dark' });
  await panel.capture();
  await expect(panel.page.getByTestId('verdict-action')).toBeVisible();
  expect(await seriousViolations(panel.page)).toEqual([]);
});
