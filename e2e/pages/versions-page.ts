import { expect, type Locator, type Page } from '@playwright/test';
import type { FileToImport } from './library-page';

/** The versions of the open article: the bar above it, the review of re-anchored annotations, the comparison dialog. */
export class VersionsPage {
  readonly bar: Locator;
  readonly review: Locator;
  readonly diff: Locator;

  constructor(readonly page: Page) {
    this.bar = page.getByTestId('versions-bar');
    this.review = page.getByTestId('reanchor-review');
    this.diff = page.getByTestId('diff-view');
  }

  /** "Version 2 of 2" as the bar says it. */
  label(): Locator {
    return this.page.getByTestId('version-label');
  }

  /** Answers the import question "Add as version N of …". */
  async addAsVersion(): Promise<void> {
    await this.page.getByTestId('version-choice').getByTestId('add-as-version').click();
  }

  /** "Import new version…" on the open article. */
  async importNewVersion(file: string | FileToImport): Promise<void> {
    await this.page.getByTestId('version-file-input').setInputFiles(file);
  }

  /** The review items, optionally of one status (moved, ambiguous, orphan). */
  items(status?: 'moved' | 'ambiguous' | 'orphan'): Locator {
    const items = this.review.getByTestId('reanchor-item');
    return status ? items.and(this.page.locator(`[data-status="${status}"]`)) : items;
  }

  /** The review item whose old quote contains `quote`. */
  item(quote: string): Locator {
    return this.items().filter({ has: this.page.getByTestId('reanchor-was').filter({ hasText: quote }) });
  }

  /** Opens the comparison of the last two versions and waits for it. */
  async compare(): Promise<void> {
    await this.page.getByTestId('compare-versions').click();
    await expect(this.page.getByTestId('diff-summary')).not.toBeEmpty();
  }

  /** Inserted and deleted stretches in the comparison. */
  insertions(): Locator {
    return this.diff.getByTestId('diff-insert');
  }

  deletions(): Locator {
    return this.diff.getByTestId('diff-delete');
  }
}
