import { expect, type Locator, type Page } from '@playwright/test';

/** The keyboard and mouse reference the `?` key opens. */
export class HelpDialog {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('help-dialog');
  }

  /** Opens the help with `?` and waits for it. */
  async open(): Promise<void> {
    await this.page.keyboard.press('?');
    await expect(this.root).toBeVisible();
  }

  /** The commands the help lists, by registry id. */
  async commandIds(): Promise<string[]> {
    return this.root
      .locator('[data-testid="help-row"][data-command-id]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-command-id') ?? ''));
  }

  /** The help line of one command. */
  row(id: string): Locator {
    return this.root.locator(`[data-testid="help-row"][data-command-id="${id}"]`);
  }
}
