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

  /** The "Include" choice of `kind` (document, filter, tags, analysts). */
  scope(kind: 'document' | 'filter' | 'tags' | 'analysts'): Locator {
    return this.root.getByTestId(`export-scope-${kind}`);
  }

  /** The choice's visible label, e.g. "Current filter (claims)". */
  scopeLabel(kind: 'document' | 'filter' | 'tags' | 'analysts'): Locator {
    // `has` is matched inside each label, so it starts from the page, not from the dialog.
    return this.root.locator('label', { has: this.page.getByTestId(`export-scope-${kind}`) });
  }

  /** Limits the export to the analysts with these ids (the adjudicated layer is `adjudicated`), unticking the rest. */
  async chooseAnalysts(ids: readonly string[]): Promise<void> {
    await this.scope('analysts').check();
    const boxes = this.root.getByTestId('export-analyst');
    await expect(boxes.first()).toBeVisible();
    for (const box of await boxes.all()) await box.setChecked(ids.includes((await box.getAttribute('data-analyst-id')) ?? ''));
  }

  /** The label of the analyst choice with this id. */
  analystLabel(id: string): Locator {
    return this.root.locator('label', { has: this.page.locator(`[data-testid="export-analyst"][data-analyst-id="${id}"]`) });
  }

  /** Presses Export and resolves with the download the app hands to the browser. */
  async export(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.root.getByTestId('export-submit').click();
    return download;
  }
}
