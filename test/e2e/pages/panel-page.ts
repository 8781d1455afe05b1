import { expect, type Locator, type Page } from '@playwright/test';

/** The side panel as an agent sees it. */
export class PanelPage {
  constructor(readonly page: Page) {}

  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name, exact: typeof name === 'string' });
  }

  /** The editable value of an order field, by its label. */
  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  /** The panel's status line, where capture results and errors are announced. */
  status(): Locator {
    return this.page.getByTestId('notice');
  }

  /** Opens "More fields", where the order fields an agent rarely needs wait. */
  async showAllFields(): Promise<void> {
    const more = this.page.locator('section[aria-labelledby="order-heading"] > details');
    if ((await more.count()) && !(await more.evaluate((d) => (d as HTMLDetailsElement).open))) await more.locator('summary').click();
  }

  /** Clicks "Capture order" (读取订单 in Chinese) and waits until the capture has finished. */
  async capture(): Promise<void> {
    const button = this.button(/^(Capture order|读取订单)$/);
    await button.click();
    await expect(button).toBeEnabled();
  }

  recentCases(): Locator {
    return this.page.getByRole('region', { name: /^(Recent cases|最近案件)$/ }).getByRole('listitem').getByRole('button');
  }

  async setLanguage(value: 'auto' | 'en' | 'zh'): Promise<void> {
    await this.page.getByLabel(/^(Language|语言)$/).selectOption(value);
  }
}

/** The verdict card's parts. */
export class VerdictCardPage {
  constructor(readonly page: Page) {}
  card(): Locator {
    return this.page.getByRole('region', { name: /.+/ }).filter({ has: this.page.getByTestId('verdict-action') });
  }
  action(): Locator {
    return this.page.getByTestId('verdict-action');
  }
  countdown(): Locator {
    return this.page.getByTestId('countdown');
  }
  deadline(): Locator {
    return this.page.getByTestId('deadline');
  }
  amountAllowed(): Locator {
    return this.page.getByTestId('amount-allowed');
  }
}
