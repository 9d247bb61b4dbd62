import { expect } from '@playwright/test';
import type { ReaderPage } from './reader-page';
import { buildColleagueLayer, ReviewPage } from './review-page';

/** The colleague whose layer `importColleagueClaim` brings in, as the analyst filters list him. */
export const COLIN = { id: 'colin', name: 'Colin Colleague' };

/**
 * Opens review mode on the article `reader` shows and imports Colin Colleague's layer tagging the
 * sentence `quote` a claim, through the review panel's file picker; resolves once his card shows.
 * `storeDir` is the app's store, where the article's text is read from.
 */
export async function importColleagueClaim(reader: ReaderPage, storeDir: string, quote: string): Promise<void> {
  const documentId = (await reader.root.getAttribute('data-document-id')) ?? '';
  const review = new ReviewPage(reader.page);
  await review.open();
  await review.importColleagueFile('colin.json', await buildColleagueLayer(storeDir, documentId, COLIN, [{ tag: 'claim', quote }]));
  await expect(review.cards()).toHaveCount(1);
}
