import { expect, type Locator, type Page } from '@playwright/test';

/** The panel's "Fill the portal form" card. */
export class FillPage {
  constructor(readonly page: Page) {}

  region(): Locator {
    return this.page.getByRole('region', { name: 'Fill the portal form', exact: true });
  }

  /** "Fill form" sits with the panel's main actions; "Undo fill" in the fill card. */
  button(name: 'Fill form' | 'Undo fill'): Locator {
    return (name === 'Fill form' ? this.page : this.region()).getByRole('button', { name, exact: true });
  }

  async chooseReason(label: string): Promise<void> {
    await this.region().getByLabel('Reason', { exact: true }).selectOption({ label });
  }

  partialAmount(): Locator {
    return this.region().getByLabel('Partial amount', { exact: true });
  }

  /** The "attach to form" box of an evidence file, by its name. */
  attachBox(fileName: string): Locator {
    return this.region()
      .getByRole('group', { name: 'Attach to form' })
      .getByRole('checkbox', { name: new RegExp(`^${fileName.replace(/\./g, '\\.')} `) });
  }

  /** Clicks "Fill form" and waits for its report (or a refusal) and for the report to be logged. */
  async fill(): Promise<void> {
    await this.button('Fill form').click();
    await expect(this.report().or(this.error())).toBeVisible({ timeout: 15_000 });
    await this.waitIdle();
  }

  /** Clicks "Undo fill" and waits for what it did. */
  async undo(): Promise<void> {
    await this.button('Undo fill').click();
    await expect(this.undoReport().or(this.error())).toBeVisible({ timeout: 15_000 });
    await this.waitIdle();
  }

  async waitIdle(): Promise<void> {
    await expect(this.button('Fill form')).toBeEnabled({ timeout: 15_000 });
  }

  report(): Locator {
    return this.region().getByRole('table', { name: 'Fill report', exact: true });
  }

  undoReport(): Locator {
    return this.region().getByRole('table', { name: 'Undo report', exact: true });
  }

  /** The report rows of one case key (a date and a time can make two). */
  rows(table: Locator, key: string): Locator {
    return table.locator(`tbody tr[data-key="${key}"]`);
  }

  /** Where the summary, messages and report are announced. */
  liveRegion(): Locator {
    return this.region().locator('[aria-live="polite"]');
  }

  /** Why the last fill or undo did not happen. */
  error(): Locator {
    return this.liveRegion().locator('.notice-error');
  }

  conflict(): Locator {
    return this.region().getByRole('alert');
  }

  /** The fill card in either panel language. */
  card(): Locator {
    return this.page.getByRole('region', { name: /^(Fill the portal form|填写后台申请表)$/ });
  }

  /** Where the fill card asks for a field the check stops on: its choices as buttons and why it is needed. */
  unblock(fieldLabel: string): Locator {
    return this.card().getByRole('group', { name: fieldLabel, exact: true });
  }

  /** "Fill form" (填写表单 in Chinese), with the panel's main actions. */
  fillButton(): Locator {
    return this.page.getByRole('button', { name: /^(Fill form|填写表单)$/ });
  }
}
