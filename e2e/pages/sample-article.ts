import { expect, type Page } from '@playwright/test';
import { LibraryPage } from './library-page';
import type { ReaderPage } from './reader-page';

/** Title of the sample article every fresh store starts with. */
export const SAMPLE_TITLE = 'Port authority says fuel reserves were full before Calder Bay blackout';

/**
 * Opens the sample article from the library and waits until the article has taken focus, as it
 * does once it is shown, so keys pressed next are not overtaken by that focus.
 */
export async function openSampleArticle(page: Page): Promise<ReaderPage> {
  const reader = await new LibraryPage(page).openArticle(SAMPLE_TITLE);
  await expect(reader.article).toBeFocused();
  return reader;
}
