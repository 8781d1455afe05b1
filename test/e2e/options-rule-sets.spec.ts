import { test, expect } from './fixtures';
import { VerdictCardPage } from './pages/panel-page';

test('a copy of cn-pos-default with a 21:30 void cut-off, assigned to the demo portal, turns a 22:00 void into a refund', async ({
  context,
  extensionId,
  portal,
  openPortal,
  openPanel,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const builtIn = options.getByRole('listitem').filter({ hasText: 'cn-pos-default' });
  await expect(builtIn.getByText('Built-in (read-only)')).toBeVisible();
  await builtIn.getByRole('button', { name: /^Edit a copy of / }).click();

  const form = options.getByRole('region', { name: /^New rule set: a copy of / });
  const voidRule = form.getByRole('group', { name: /^Rule \d+: Card void/ });
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
  await expect(
    options.getByRole('listitem').filter({ hasText: 'cn-pos-default-copy' }).getByText('Custom'),
  ).toBeVisible();

  const origins = options.getByRole('region', { name: 'Active rule set per portal' });
  await origins.getByLabel('Portal to choose a rule set for').fill(portal.origin);
  await origins.getByRole('button', { name: 'Add portal' }).click();
  await origins.getByLabel(portal.origin, { exact: true }).selectOption('cn-pos-default-copy');
  await expect(origins.getByRole('status')).toHaveText('Saved.');

  const { tabId } = await openPortal('demo/zh/order-1001.html');
  const panel = await openPanel(tabId, { time: '2026-11-25T22:00:00+08:00' });
  await panel.capture();
  const verdict = new VerdictCardPage(panel.page);
  await expect(verdict.action()).toHaveText('Refund');
  await panel.page.getByText('Why').click();
  await expect(panel.page.getByText('void window closed at 2026-11-25 21:30 (Asia/Shanghai)')).toBeVisible();
});
