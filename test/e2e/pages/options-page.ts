import type { BrowserContext, Download, Locator, Page } from '@playwright/test';

/** A file handed to a file input: a path on disk, or a name with its bytes. */
type InputFile = string | { name: string; mimeType: string; buffer: Buffer };

/** The extension's options page as an agent sees it: rule sets, portals, case data. */
export class OptionsPage {
  constructor(readonly page: Page) {}

  /** Opens the options page of an extension in a new tab of the context. */
  static async open(context: BrowserContext, extensionId: string): Promise<OptionsPage> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    return new OptionsPage(page);
  }

  /** The page's title heading. */
  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** A rule set in the list of rule sets, by its id. */
  ruleSet(id: string): Locator {
    return this.page.getByRole('listitem').filter({ hasText: id });
  }

  /** The form that edits a new rule set copied from another. */
  newRuleSetForm(): Locator {
    return this.page.getByRole('region', { name: /^New rule set: a copy of / });
  }

  /** One rule of a rule-set form, by the start of its name ("Card void" …). */
  rule(form: Locator, name: string): Locator {
    return form.getByRole('group', { name: new RegExp(`^Rule \\d+: ${name}`) });
  }

  /** Assigns a rule set to a portal in "Active rule set per portal". */
  async assignRuleSet(origin: string, ruleSetId: string): Promise<Locator> {
    const origins = this.page.getByRole('region', { name: 'Active rule set per portal' });
    await origins.getByLabel('Portal to choose a rule set for').fill(origin);
    await origins.getByRole('button', { name: 'Add portal' }).click();
    await origins.getByLabel(origin, { exact: true }).selectOption(ruleSetId);
    return origins.getByRole('status');
  }

  /** Chooses case JSON or ZIP files to import, by the input's label (English unless given). */
  async importCases(files: InputFile | InputFile[], label = 'Import case JSON or ZIP'): Promise<void> {
    await this.page.getByLabel(label).setInputFiles(files as Parameters<Locator['setInputFiles']>[0]);
  }

  /** The list of what each imported file did, by its label (English unless given). */
  importResults(label = 'Import results'): Locator {
    return this.page.getByRole('list', { name: label });
  }

  /** Clicks "Download full backup" and returns the download. */
  async downloadBackup(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Download full backup', exact: true }).click();
    return download;
  }
}
