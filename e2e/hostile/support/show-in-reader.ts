import { expect, type Page } from '@playwright/test';
import { ReaderPage } from '../../pages/reader-page';
import { exerciseFrame, sweepPointerAndKeyboard } from './exercise-page';
import { findActiveContent } from './inspect-dom';

/** What the reader shows of an imported article: the header's metadata and the article view. */
export const READER_CONTENT = '.article-header h1, .article-meta > span, .article-meta > time, [data-testid="article"]';

/** What the library shows of each article: its title and its metadata line. */
export const LIBRARY_CONTENT = '.library-title, .library-meta';

/**
 * What a look at the reader found: anything active in it, and the article's text (its text
 * content: innerText leaves out blocks the browser has not laid out, and the reader skips
 * laying out blocks off screen).
 */
export interface ReaderInspection {
  activeContent: string[];
  text: string;
}

/**
 * Opens the library entry `documentId` in the reader, then does what an analyst's pointer and
 * keyboard could to everything it shows (hover, press, focus and click every element, move the
 * real mouse over the article, Tab through it), and reports anything active that reached the
 * page and the article's text. Leaves the reader open.
 */
export async function showInReader(page: Page, documentId: string): Promise<ReaderInspection> {
  await page.locator(`[data-testid="library-item"][data-document-id="${documentId}"]`).click();
  const reader = new ReaderPage(page);
  await reader.waitUntilOpen();
  await expect(reader.root).toHaveAttribute('data-document-id', documentId);
  return exerciseReader(page);
}

/** Does to the open reader's article what showInReader does, and reports what it found. */
export async function exerciseReader(page: Page): Promise<ReaderInspection> {
  const reader = new ReaderPage(page);
  await exerciseFrame(page.mainFrame(), { selector: READER_CONTENT, click: true });
  const box = await reader.article.boundingBox();
  if (box)
    await sweepPointerAndKeyboard(page, {
      x: box.x + 4,
      y: Math.max(box.y, 0) + 4,
      width: box.width - 8,
      height: Math.min(box.height, 800) - 8,
    });
  return { activeContent: await findActiveContent(page, READER_CONTENT), text: (await reader.article.textContent()) ?? '' };
}
