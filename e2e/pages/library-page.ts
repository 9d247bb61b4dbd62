import { expect, type Locator, type Page } from '@playwright/test';
import { APP_READY_SELECTOR } from '../../shared/ipc/app-ready';
import { callSource, MAKE_DATA_TRANSFER, PASTE_CLIPBOARD } from './in-page-scripts';
import { ReaderPage } from './reader-page';

/** A file as the analyst would pick or drop it. */
export interface FileToImport {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** The library screen: the article list and the three import routes. */
export class LibraryPage {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('library');
  }

  /** Waits until the library is on screen with its list read (its cards, or the empty state), so counting cards is safe. */
  async waitUntilShown(): Promise<void> {
    await expect(this.page.locator(APP_READY_SELECTOR).first()).toBeVisible();
  }

  /** Every article in the list (newest import first). */
  items(): Locator {
    return this.page.getByTestId('library-item');
  }

  /** The list entry whose text contains `title`. */
  item(title: string): Locator {
    return this.items().filter({ hasText: title });
  }

  /** Opens the article with this title (click) and waits for the reader. */
  async openArticle(title: string): Promise<ReaderPage> {
    await this.item(title).first().click();
    return this.reader();
  }

  /** Opens the article with this title from the keyboard (focus, Enter). */
  async openArticleWithKeyboard(title: string): Promise<ReaderPage> {
    await this.item(title).first().focus();
    await this.page.keyboard.press('Enter');
    return this.reader();
  }

  /** Imports a file through "Open file…" (the hidden file input); the reader opens on success. */
  async importFile(file: string | FileToImport): Promise<void> {
    await this.page.getByTestId('file-input').setInputFiles(file);
  }

  /** Drops a file onto the window, as from a file manager. */
  async dropFile(file: FileToImport, target: Locator = this.page.locator('body')): Promise<void> {
    const transfer = await this.page.evaluateHandle(
      callSource(MAKE_DATA_TRANSFER, { name: file.name, mimeType: file.mimeType, base64: file.buffer.toString('base64') }),
    );
    await target.dispatchEvent('dragenter', { dataTransfer: transfer });
    await target.dispatchEvent('dragover', { dataTransfer: transfer });
    await target.dispatchEvent('drop', { dataTransfer: transfer });
  }

  /** "Paste as new article": opens the dialog with Ctrl+Shift+V, types the text, imports. */
  async pasteArticle(text: string, title?: string): Promise<void> {
    await this.waitUntilShown();
    await this.page.keyboard.press('Control+Shift+V');
    const dialog = this.page.getByTestId('paste-dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByTestId('paste-text').fill(text);
    if (title !== undefined) await dialog.getByTestId('paste-title').fill(title);
    await dialog.getByTestId('paste-submit').click();
  }

  /**
   * "Paste as new article" with what a browser puts on the clipboard when the analyst copies
   * part of a web page: its HTML and its plain text, delivered by a paste event. Imports.
   */
  async pasteWebPage(html: string, text: string, title?: string): Promise<void> {
    await this.waitUntilShown();
    await this.page.keyboard.press('Control+Shift+V');
    const dialog = this.page.getByTestId('paste-dialog');
    await expect(dialog).toBeVisible();
    await this.page.evaluate(callSource(PASTE_CLIPBOARD, { html, text }));
    await expect(dialog.getByTestId('paste-html-note')).toBeVisible();
    if (title !== undefined) await dialog.getByTestId('paste-title').fill(title);
    await dialog.getByTestId('paste-submit').click();
  }

  /** The visible error message (import failures name the file and the problem). */
  errorMessage(): Locator {
    return this.page.getByTestId('error-message');
  }

  /** Dismisses the error message. */
  async dismissError(): Promise<void> {
    await this.page.getByTestId('error-dismiss').click();
  }

  /** The banner listing what the store found and worked around. */
  storeBanner(): Locator {
    return this.page.getByTestId('store-banner');
  }

  /** The card (list entry with its actions) of the article whose title contains `title`. */
  card(title: string): Locator {
    return this.page.locator('.library-card').filter({ has: this.item(title) });
  }

  /** The titles listed, top to bottom. */
  async titles(): Promise<string[]> {
    return this.items().getByTestId('library-title').allInnerTexts();
  }

  /** Sorts the list ("Date added", "Title", "Most annotated", …). */
  async sortBy(label: string): Promise<void> {
    await this.page.getByTestId('library-sort').selectOption({ label });
  }

  /** Filters by `tag`, `status`, `verdict` or `analyst`; `Any` clears it. */
  async filterBy(filter: 'tag' | 'status' | 'verdict' | 'analyst', label: string): Promise<void> {
    await this.page.getByTestId(`library-filter-${filter}`).selectOption({ label });
  }

  /** Renames an article from the keyboard: focus its card, F2, type, Enter. */
  async renameWithKeyboard(title: string, newTitle: string): Promise<void> {
    await this.item(title).first().focus();
    await this.page.keyboard.press('F2');
    const input = this.page.getByTestId('library-rename-input');
    await expect(input).toBeFocused();
    await input.fill(newTitle);
    await this.page.keyboard.press('Enter');
    await expect(this.item(newTitle)).toHaveCount(1);
  }

  /** Puts an article in the trash from the keyboard (focus its card, Delete). */
  async trashWithKeyboard(title: string): Promise<void> {
    await this.item(title).first().focus();
    await this.page.keyboard.press('Delete');
    await expect(this.page.getByTestId('library-notice')).toContainText(title);
  }

  /** Shows the trash. */
  async showTrash(): Promise<Locator> {
    await this.page.getByTestId('library-show-trash').click();
    const trash = this.page.getByTestId('trash-view');
    await expect(trash).toBeVisible();
    return trash;
  }

  /** The recently opened articles' entries. */
  recent(): Locator {
    return this.page.getByTestId('recent-item');
  }

  /** The reader, once an article has opened. */
  async reader(): Promise<ReaderPage> {
    const reader = new ReaderPage(this.page);
    await reader.waitUntilOpen();
    return reader;
  }
}
