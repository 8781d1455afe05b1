import { capturedPanel, type Openers } from './captured-panel';
import { test, expect } from './fixtures';
import { VerdictCardPage, type PanelPage } from './pages/panel-page';

/** Order 1001 (an unsettled card sale of 2026-11-25) seen at 16:00 the same day, seven hours before the cut-off. */
const SAME_DAY_1001 = { path: 'demo/zh/order-1001.html', time: '2026-11-25T16:00:00+08:00' };

/** Opens a demo order, opens the panel at `time` and captures the order; returns the panel and its verdict card. */
async function captured(
  openers: Openers,
  { path, time }: { path: string; time: string },
): Promise<{ panel: PanelPage; verdict: VerdictCardPage }> {
  const { panel } = await capturedPanel(openers, path, time);
  return { panel, verdict: new VerdictCardPage(panel.page) };
}

test('a same-day unsettled card sale is a void, with a live countdown to the 23:00 cut-off', async ({
  openPortal,
  openPanel,
}) => {
  const { panel, verdict } = await captured({ openPortal, openPanel }, SAME_DAY_1001);
  await expect(verdict.action()).toHaveText('Void');
  await expect(verdict.deadline()).toHaveText('2026-11-25 23:00 (Asia/Shanghai)');
  await expect(verdict.countdown()).toHaveText('7 h 00 min 00 s left');
  await expect(verdict.amountAllowed()).toContainText('¥1,288.00');
  await expect(verdict.amountAllowed()).toContainText('full amount only');
  await expect(panel.page.getByRole('checkbox', { name: /Receipt/i })).toBeVisible();

  await panel.page.clock.setFixedTime(new Date('2026-11-25T21:30:00+08:00'));
  await expect(verdict.countdown()).toHaveText('Urgent: 1 h 30 min 00 s left');

  await panel.page.clock.setFixedTime(new Date('2026-11-25T23:00:00+08:00'));
  await expect(verdict.action()).toHaveText('Refund');
});

test('a settled, partly refunded card sale is a refund of the remainder within 11 months', async ({
  openPortal,
  openPanel,
}) => {
  const { panel, verdict } = await captured(
    { openPortal, openPanel },
    { path: 'demo/zh/order-1002.html', time: '2026-11-26T10:00:00+08:00' },
  );
  await expect(verdict.action()).toHaveText('Refund');
  await expect(verdict.amountAllowed()).toContainText('¥3,000.00');
  await expect(verdict.deadline()).toHaveText('2027-10-20 09:18:45 (Asia/Shanghai)');
  await panel.page.getByText('Why').click();
  await expect(panel.page.getByRole('listitem').filter({ hasText: 'card-void: already settled' })).toBeVisible();
});

test('editing a field re-evaluates the verdict and warns that data was edited by hand', async ({
  openPortal,
  openPanel,
}) => {
  const { panel, verdict } = await captured({ openPortal, openPanel }, SAME_DAY_1001);
  await expect(verdict.action()).toHaveText('Void');
  await panel.field('Settled').selectOption('true');
  await expect(verdict.action()).toHaveText('Refund');
  await expect(panel.page.getByText(/edited by hand/i)).toBeVisible();
});

test('the verdict card speaks Chinese when the UI language is 中文', async ({ openPortal, openPanel }) => {
  const { panel, verdict } = await captured({ openPortal, openPanel }, SAME_DAY_1001);
  await panel.setLanguage('zh');
  await expect(verdict.action()).toHaveText('撤销');
  await expect(verdict.countdown()).toHaveText('剩余 7 小时 00 分 00 秒');
});
