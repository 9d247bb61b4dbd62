import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** File › Export…: the dialog that writes reports, tables and annotation files. */
export class ExportDialog {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('export-dialog');
  }

  /** Waits for the dialog (opened from the menu). */
  async waitUntilOpen(): Promise<void> {
    await expect(this.root).toBeVisible();
  }

  /** Picks a format by its value (html, pdf, md, csv, w3c, claimreview). */
  async chooseFormat(format: string): Promise<void> {
    await this.root.getByTestId('export-format').selectOption(format);
  }

  /** Presses Export and resolves with the download the app hands to the browser. */
  async export(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.root.getByTestId('export-submit').click();
    return download;
  }
}
