import { expectNoSeriousViolations } from './pages/accessibility-checks';
import { ClaimsPage } from './pages/claims-page';
import { LibraryPage } from './pages/library-page';
import { MenuBar } from './pages/menu-bar';
import { openSampleArticle, SAMPLE_TITLE } from './pages/sample-article';
import { seedFactChecks, SimilarClaimsPage } from './pages/similar-claims-page';
import { expect, test } from './support/app-fixture';

const RESERVES_CHECK = {
  key: 'https://checks.example/calder-bay-reserves',
  claim: 'Calder Bay port reserves stood at 100 percent on the night of the storm',
  claimant: 'Helen Varga',
  publisher: 'Example Checks',
  url: 'https://checks.example/calder-bay-reserves',
  rating: 'False',
  group: 'false' as const,
  reviewDate: '2026-03-20',
  imported: '2026-12-01T09:00:00.000Z',
  updated: '2026-12-01T09:00:00.000Z',
};

test('tagging a claim shows an earlier fact-check of it with reasons while tagging by keys goes on; one key links it as the same claim, and the record copies its verdict and source, saying where from', async ({
  app,
}) => {
  await seedFactChecks(app.storeDir, [RESERVES_CHECK]);
  const reader = await openSampleArticle(app.page);
  const similar = new SimilarClaimsPage(app.page);
  const claims = new ClaimsPage(app.page);

  await reader.clickSentence('Our reserves stood at 100 per cent');
  await reader.pressTag('claim');
  // Tagging by keys goes on while the panel looks up and fills in: it never takes focus.
  await reader.nextSentence();
  await reader.pressTag('denial');
  await reader.nextSentence();
  await reader.pressTag('claim');
  await expect(reader.article).toBeFocused();
  expect(await reader.count('denial')).toBe(1);
  expect(await reader.count('claim')).toBe(2);

  await reader.clickSentence('Our reserves stood at 100 per cent');
  const match = similar.matches().first();
  await expect(match).toContainText(RESERVES_CHECK.claim);
  await expect(match.getByTestId('similar-verdict')).toHaveText('False (false)');
  await expect(match.getByTestId('similar-source')).toContainText('Fact-check: Example Checks');
  await expect(match.getByTestId('similar-reasons')).toContainText('same numbers: 100 percent');
  await match.getByTestId('similar-link').click();
  await expect(reader.article).toBeFocused();
  await expect(match).toHaveAttribute('data-linked', 'true');
  await similar.linkFirstByKey();
  await expect(match).toHaveAttribute('data-linked', 'false');
  await similar.linkFirstByKey();
  await expect(match).toHaveAttribute('data-linked', 'true');

  await claims.openClaimEditor();
  const inRecord = similar.matches(similar.inRecord).first();
  await expect(inRecord).toHaveAttribute('data-linked', 'true');
  await inRecord.getByTestId('similar-copy-verdict').click();
  await expect(claims.field('verdict-label')).toHaveValue('False');
  await expect(claims.claimEditor.getByTestId('copied-from').first()).toContainText('Copied from the fact-check by Example Checks');
  await inRecord.getByTestId('similar-copy-sources').click();
  const copiedSource = claims.claimEditor.getByTestId('claim-sources').getByTestId('source');
  await expect(copiedSource.getByTestId('source-url')).toHaveValue(RESERVES_CHECK.url);
  await expect(copiedSource.getByTestId('copied-from')).toContainText('Example Checks');
  await claims.closeEditor('claim');
  await reader.waitUntilSaved();

  await app.restart();
  const again = await openSampleArticle(app.page);
  await again.clickSentence('Our reserves stood at 100 per cent');
  await expect(new SimilarClaimsPage(app.page).matches().first()).toHaveAttribute('data-linked', 'true');
});

/** A JSON-LD graph as a fact-checker's site publishes it: one review of the sample's claim, one the mapping lacks, one with no claim. */
const PUBLISHED_REVIEWS = {
  '@context': 'https://schema.org',
  '@graph': [
    {
      '@type': 'ClaimReview',
      url: 'https://checks.example/calder-bay-reserves',
      claimReviewed: 'Calder Bay port reserves stood at 100 percent on the night of the storm',
      itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'Helen Varga' } },
      author: { '@type': 'Organization', name: 'Example Checks' },
      datePublished: '2026-03-20',
      reviewRating: { '@type': 'Rating', alternateName: 'False' },
    },
    {
      '@type': 'ClaimReview',
      url: 'https://checks.example/grid-fault',
      claimReviewed: 'The regional grid failed three times that winter',
      author: { '@type': 'Organization', name: 'Example Checks' },
      reviewRating: { '@type': 'Rating', alternateName: 'Spin cycle' },
    },
    { '@type': 'ClaimReview', url: 'https://checks.example/empty', reviewRating: { alternateName: 'True' } },
  ],
};

test('File › Import Fact-Checks… brings in a JSON-LD file, says what came in and what needs a look, and tagging the claim shows the imported fact-check', async ({
  app,
}) => {
  const reader = await openSampleArticle(app.page);
  const chooser = app.page.waitForEvent('filechooser');
  await new MenuBar(app.page).runWithMouse('File', 'import-fact-checks');
  await (
    await chooser
  ).setFiles({
    name: 'example-checks.jsonld',
    mimeType: 'application/ld+json',
    buffer: Buffer.from(JSON.stringify(PUBLISHED_REVIEWS)),
  });
  const result = app.page.getByTestId('factcheck-import');
  await expect(result.getByTestId('factcheck-import-counts')).toHaveText('Imported 2 fact-checks, updated 0.');
  await expect(result.getByTestId('factcheck-import-flagged')).toContainText('Spin cycle');
  await expect(result.getByTestId('factcheck-import-skipped').getByTestId('factcheck-import-item')).toHaveCount(1);
  await expectNoSeriousViolations(app.page, 'fact-check import result');
  await result.getByTestId('factcheck-import-close').click();
  await expect(result).toHaveCount(0);

  await reader.clickSentence('Our reserves stood at 100 per cent');
  await reader.pressTag('claim');
  const match = new SimilarClaimsPage(app.page).matches().first();
  await expect(match).toContainText('Calder Bay port reserves stood at 100 percent');
  await expect(match.getByTestId('similar-source')).toContainText('Fact-check: Example Checks');
  await expect(match.getByTestId('similar-reasons')).toContainText('same numbers: 100 percent');
  await expectNoSeriousViolations(app.page, 'similar claims');

  // Importing the same file again updates the reviews rather than adding them twice.
  const again = app.page.waitForEvent('filechooser');
  await new MenuBar(app.page).runWithMouse('File', 'import-fact-checks');
  await (
    await again
  ).setFiles({ name: 'example-checks.jsonld', mimeType: 'application/ld+json', buffer: Buffer.from(JSON.stringify(PUBLISHED_REVIEWS)) });
  await expect(result.getByTestId('factcheck-import-counts')).toHaveText('Imported 0 fact-checks, updated 2.');
});

/** Unrelated fact-checks, as any working library holds. */
const OTHER_CHECKS = [
  'The mayor said bus fares fell by a third last year',
  'Unemployment in the region is the lowest in a decade',
  'The council spent 2 million on the new bridge',
  'Hospital waiting lists doubled since 2020',
  'Crime in the city centre fell 12 percent',
].map((claim, i) => ({
  ...RESERVES_CHECK,
  key: `https://checks.example/other-${i}`,
  url: `https://checks.example/other-${i}`,
  claim,
  claimant: 'Someone Else',
}));

test('a reworded claim in another article finds the claim tagged in the first, with its reasons, and links it as the same claim', async ({
  app,
}) => {
  await seedFactChecks(app.storeDir, OTHER_CHECKS);
  const first = await openSampleArticle(app.page);
  await first.clickSentence('Our reserves stood at 100 per cent');
  await first.pressTag('claim');
  await first.waitUntilSaved();
  await first.backToLibrary();

  const library = new LibraryPage(app.page);
  await library.pasteArticle(
    'Helen Varga insisted again on Monday that the port’s reserves stood at 100% on the night of the storm.\n\nEngineers at the regional grid have not commented.',
    'Calder Bay officials repeat reserves claim',
  );
  const second = await library.reader();
  await second.clickSentence('reserves stood at 100%');
  await second.pressTag('claim');
  await expect(second.article).toBeFocused();

  const match = new SimilarClaimsPage(app.page).matches().first();
  await expect(match).toContainText('Our reserves stood at 100 per cent');
  await expect(match.getByTestId('similar-source')).toContainText(`Claim: ${SAMPLE_TITLE}`);
  await expect(match.getByTestId('similar-reasons')).toContainText('same numbers: 100');
  await match.getByTestId('similar-link').click();
  await expect(match).toHaveAttribute('data-linked', 'true');
  await expect(second.article).toBeFocused();
  await second.waitUntilSaved();
  // The link is the claim's own: it is there when the record is opened again.
  await second.clickSentence('Engineers at the regional grid');
  await second.clickSentence('reserves stood at 100%');
  await expect(new SimilarClaimsPage(app.page).matches().first()).toHaveAttribute('data-linked', 'true');
});
