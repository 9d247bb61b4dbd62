import { expect, type Locator, type Page } from '@playwright/test';
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

  /** Waits until the library is on screen. */
  async waitUntilShown(): Promise<void> {
    await expect(this.root).toBeVisible();
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

  /** The reader, once an article has opened. */
  async reader(): Promise<ReaderPage> {
    const reader = new ReaderPage(this.page);
    await reader.waitUntilOpen();
    return reader;
  }
}
