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
    // The order card comes with the case work, which loads after the case list: wait for it before looking.
    await this.orderCard().waitFor();
    const more = this.page.locator('section[aria-labelledby="order-heading"] > details');
    if ((await more.count()) && !(await more.evaluate((d) => (d as HTMLDetailsElement).open)))
      await more.locator('summary').click();
  }

  /** Clicks "Capture order" (读取订单 in Chinese) and waits until the capture has finished. */
  async capture(): Promise<void> {
    const button = this.button(/^(Capture order|读取订单)$/);
    await button.click();
    await expect(button).toBeEnabled();
  }

  recentCases(): Locator {
    return this.page
      .getByRole('region', { name: /^(Recent cases|最近案件)$/ })
      .getByRole('listitem')
      .getByRole('button');
  }

  async setLanguage(value: 'auto' | 'en' | 'zh'): Promise<void> {
    await this.page.getByLabel(/^(Language|语言)$/).selectOption(value);
  }

  /** The captured order's card ("Order …" / "订单 …"), named by its heading with the order number. */
  orderCard(): Locator {
    return this.page.getByRole('region', { name: /^(Order|订单) \S/ });
  }

  /**
   * An order field's editor inside the order card only (the fill card may ask for the same field). Its label
   * reads "Amount (needed)" / "交易金额 (必填)" while the check lacks it, and plain "Amount" otherwise.
   */
  orderField(label: string): Locator {
    return this.orderCard().getByLabel(orderFieldName(label));
  }

  /** An order field's whole row in the order card: editor, edited badge, source line. */
  orderFieldRow(label: string): Locator {
    return this.orderCard()
      .locator('.field')
      .filter({ has: this.page.getByLabel(orderFieldName(label)) });
  }

  /** The "Needs attention" card (待处理 in Chinese): what the last capture could not decide. */
  problems(): Locator {
    return this.page.getByRole('region', { name: /^(Needs attention|待处理)$/ });
  }

  /**
   * Everything the panel holds for a person to read: its text, the values of its inputs and selects, and the
   * attributes (titles, labels) that tooltips and screen readers show.
   */
  async allText(): Promise<string> {
    return this.page.evaluate(() => {
      const values = [
        ...document.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
          'input, select, textarea',
        ),
      ].map((el) => el.value);
      const attributes = [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.value));
      return [document.body.textContent ?? '', ...values, ...attributes].join('\n');
    });
  }
}

/** An order field's label, with or without the "(needed)" mark the check adds while it lacks the field. */
function orderFieldName(label: string): RegExp {
  return new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?: \\([^)]+\\))?$`);
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
