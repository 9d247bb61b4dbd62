import { expect, type Locator, type Page } from '@playwright/test';

/** A label of a rating scale as the settings dialog's scale editor takes it. */
export interface LabelInput {
  label: string;
  group: 'true' | 'mixed' | 'false' | 'unverifiable';
}

/** Edit › Settings… (Ctrl+,): rating scales, the workspace's own scales, organisation, profile. */
export class SettingsDialog {
  readonly dialog: Locator;
  readonly editor: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByTestId('settings-dialog');
    this.editor = page.getByTestId('scale-editor');
  }

  /** Ctrl+, from wherever focus is; waits for the settings to be loaded. */
  async open(): Promise<void> {
    await this.page.keyboard.press('Control+Comma');
    await expect(this.field('settings-rating-scale')).toBeVisible();
  }

  field(testId: string): Locator {
    return this.dialog.getByTestId(testId);
  }

  /** New scale…, then its name and its labels (worst first), without keeping it yet. */
  async draftScale(name: string, labels: readonly LabelInput[], numeric = true): Promise<void> {
    await this.field('settings-scale-new').click();
    await expect(this.editor).toBeVisible();
    await this.editor.getByTestId('scale-name').fill(name);
    if (!numeric) await this.editor.getByTestId('scale-numeric').uncheck();
    const rows = this.editor.getByTestId('scale-label-row');
    while ((await rows.count()) < labels.length) await this.editor.getByTestId('scale-label-add').click();
    for (const [i, { label, group }] of labels.entries()) {
      await rows.nth(i).getByTestId('scale-label').fill(label);
      await rows.nth(i).getByTestId('scale-label-group').selectOption(group);
    }
  }

  /** Keep scale: closes the editor when the scale is valid. */
  async keepScale(): Promise<void> {
    await this.editor.getByTestId('scale-keep').click();
    await expect(this.editor).toBeHidden();
  }

  scale(name: string): Locator {
    return this.field('settings-scale').filter({ hasText: name });
  }

  async setOrganisation(organisation: { name: string; url: string; pattern: string }): Promise<void> {
    await this.field('org-name').fill(organisation.name);
    await this.field('org-url').fill(organisation.url);
    await this.field('org-pattern').fill(organisation.pattern);
  }

  async save(): Promise<void> {
    await this.field('settings-save').click();
    await expect(this.dialog).toBeHidden();
  }
}
