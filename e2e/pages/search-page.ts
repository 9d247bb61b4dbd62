import { expect, type Locator, type Page } from '@playwright/test';

/** Ctrl+F's find bar over the open article, and Ctrl+Shift+F's library search. */
export class SearchPage {
  readonly findBar: Locator;
  readonly findInput: Locator;
  readonly findCount: Locator;
  readonly library: Locator;
  readonly libraryInput: Locator;

  constructor(readonly page: Page) {
    this.findBar = page.getByRole('search', { name: 'Find in article' });
    this.findInput = this.findBar.getByRole('searchbox', { name: 'Find in article' });
    this.findCount = page.getByTestId('find-count');
    this.library = page.getByRole('dialog', { name: 'Search library' });
    this.libraryInput = this.library.getByRole('combobox', { name: 'Search library' });
  }

  /** Ctrl+F, then types `query` as the analyst would, key by key. */
  async find(query: string): Promise<void> {
    await this.page.keyboard.press('Control+f');
    await expect(this.findInput).toBeFocused();
    await this.findInput.fill('');
    await this.findInput.pressSequentially(query);
  }

  /** Every painted hit in the article. */
  hits(): Locator {
    return this.page.getByTestId('article').locator('mark.search-hit');
  }

  /** The current hit, painted more strongly. */
  currentHit(): Locator {
    return this.page.getByTestId('article').getByTestId('search-hit-current');
  }

  /** Where the current hit was found when it is not the text ("In a note: …"). */
  hitPlace(): Locator {
    return this.page.getByTestId('find-where');
  }

  /** Ctrl+Shift+F, then types `query`. */
  async searchLibrary(query: string): Promise<void> {
    await this.page.keyboard.press('Control+Shift+f');
    await expect(this.libraryInput).toBeFocused();
    await this.libraryInput.pressSequentially(query);
  }

  /** The library search's results, best first. */
  results(): Locator {
    return this.library.getByTestId('search-result');
  }
}
