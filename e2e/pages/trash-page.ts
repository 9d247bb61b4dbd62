import { expect, type Locator, type Page } from '@playwright/test';

/** The library's trash, and the confirmation before deleting from it for good. */
export class TrashPage {
  readonly root: Locator;
  readonly confirmation: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('trash-view');
    this.confirmation = page.getByTestId('delete-for-good-dialog');
  }

  /** Opens the trash from the library's toolbar. */
  async open(): Promise<void> {
    await this.page.getByTestId('library-show-trash').click();
    await expect(this.root).toBeVisible();
  }

  /** The article in the trash whose title contains `title`. */
  item(title: string): Locator {
    return this.root.getByTestId('trash-item').filter({ hasText: title });
  }

  /** Empty Trash…: waits for the confirmation, which is not answered yet. */
  async askToEmpty(): Promise<void> {
    await this.root.getByTestId('trash-empty').click();
    await expect(this.confirmation).toBeVisible();
  }

  /** Delete for good… on one article: waits for the confirmation, which is not answered yet. */
  async askToDelete(title: string): Promise<void> {
    await this.item(title).getByTestId('trash-delete').click();
    await expect(this.confirmation).toBeVisible();
  }

  /** Answers the confirmation: delete, or cancel. */
  async answer(confirm: boolean): Promise<void> {
    await this.confirmation.getByTestId(confirm ? 'delete-for-good-confirm' : 'delete-for-good-cancel').click();
    await expect(this.confirmation).toHaveCount(0);
  }
}
