import { test, expect } from './fixtures';
import { OptionsPage } from './pages/options-page';
import { VerdictCardPage } from './pages/panel-page';

test('a copy of cn-pos-default with a 21:30 void cut-off, assigned to the demo portal, turns a 22:00 void into a refund', async ({
  context,
  extensionId,
  portal,
  openPortal,
  openPanel,
}) => {
  const optionsPage = await OptionsPage.open(context, extensionId);
  const options = optionsPage.page;
  const builtIn = optionsPage.ruleSet('cn-pos-default');
  await expect(builtIn.getByText('Built-in (read-only)')).toBeVisible();
  await builtIn.getByRole('button', { name: /^Edit a copy of / }).click();

  const form = optionsPage.newRuleSetForm();
  const voidRule = optionsPage.rule(form, 'Card void');
  const cutoff = voidRule.getByLabel('Cut-off (HH:MM)');
  await expect(cutoff).toHaveValue('23:00');
  await cutoff.fill('21:75');
  await form.getByRole('button', { name: 'Save rule set' }).click();
  await expect(cutoff).toHaveAttribute('aria-invalid', 'true');
  await expect(cutoff).toHaveAccessibleDescription(/HH:MM, 00:00–23:59/);
  await expect(cutoff).toBeFocused();

  await cutoff.fill('21:30');
  await form.getByRole('button', { name: 'Save rule set' }).click();
  await expect(options.getByText(/^Saved .* \(cn-pos-default-copy, version 1\)\.$/)).toBeVisible();
  await expect(optionsPage.ruleSet('cn-pos-default-copy').getByText('Custom')).toBeVisible();

  await expect(await optionsPage.assignRuleSet(portal.origin, 'cn-pos-default-copy')).toHaveText('Saved.');

  const { tabId } = await openPortal('demo/zh/order-1001.html');
  const panel = await openPanel(tabId, { time: '2026-11-25T22:00:00+08:00' });
  await panel.capture();
  const verdict = new VerdictCardPage(panel.page);
  await expect(verdict.action()).toHaveText('Refund');
  await panel.page.getByText('Why').click();
  await expect(panel.page.getByText('void window closed at 2026-11-25 21:30 (Asia/Shanghai)')).toBeVisible();
});
