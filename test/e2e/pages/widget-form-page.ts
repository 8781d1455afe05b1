import type { Locator, Page } from '@playwright/test';

/** The component-library forms under test/fixtures/widgets/<lib>/, each with its own entry source. */
export type WidgetLib =
  'antd' | 'element-plus' | 'ant-design-vue' | 'shoelace' | 'bootstrap-tom-select' | 'jquery-select2';

/**
 * What a widget fixture's `window.__formState()` returns: values read back from the library's own state
 * (antd's form store, a Vue reactive model, Shoelace properties, Tom Select, Select2, flatpickr), normalised as
 * each entry file documents. Fields a library has no widget for are absent.
 */
export interface WidgetFormState {
  orderNo: string;
  /** Two decimals, '' when empty. */
  amount: string;
  /** The chosen radio's value: 'void' | 'refund' | 'preauth', '' when none. */
  requestType: string;
  /** The chosen option's value ('duplicate', 'wrong_amount', …), '' when none. */
  reason: string;
  /** Local wall-clock ISO, 'YYYY-MM-DDTHH:mm:ss', '' when empty. */
  paidAt: string;
  terminalId: string;
  merchantId: string;
  description: string;
  notify: boolean;
  urgent?: boolean;
  /** A range picker's dates ('YYYY-MM-DD' each), [] when empty. */
  queryRange?: string[];
  /** A cascader's path ([] when empty) or a tree select's value ('' when empty). */
  store?: string[] | string;
  /** The upload's file names. */
  attachments: string[];
  /** The attestation checkbox. */
  confirmed: boolean;
}

/** One row of the panel's fill or undo report, as shown. */
export interface ReportRow {
  key: string;
  /** The case field, with the page's label of the form field after it. */
  field: string;
  value: string;
  outcome: string;
}

/** A widget fixture page: opens it on a static server's origin and reads the library's state. */
export class WidgetFormPage {
  constructor(readonly page: Page) {}

  /** Navigates this tab to the fixture and waits until the library has rendered and exposed its state. */
  async open(origin: string, lib: WidgetLib): Promise<void> {
    await this.page.goto(`${origin}/widgets/${lib}/index.html`);
    await this.page.waitForFunction(
      () => typeof (window as unknown as { __formState?: unknown }).__formState === 'function',
    );
    await this.page.locator('#cancel').waitFor();
  }

  state(): Promise<WidgetFormState> {
    return this.page.evaluate(() => (window as unknown as { __formState(): WidgetFormState }).__formState());
  }

  submitted(): Promise<number> {
    return this.page.evaluate(() => (window as unknown as { __submitted?: number }).__submitted ?? 0);
  }
}

/** Reads a fill or undo report table of the panel into rows. */
export async function readReport(table: Locator): Promise<ReportRow[]> {
  return table.locator('tbody tr').evaluateAll((rows) =>
    rows.map((r) => ({
      key: r.getAttribute('data-key') ?? '',
      field: (r.querySelector('th')?.textContent ?? '').trim(),
      value: (r.querySelectorAll('td')[0]?.textContent ?? '').trim(),
      outcome: (r.querySelectorAll('td')[1]?.textContent ?? '').trim(),
    })),
  );
}
