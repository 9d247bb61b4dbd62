import { ClaimsPage } from './pages/claims-page';
import { openSampleArticle } from './pages/sample-article';
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
