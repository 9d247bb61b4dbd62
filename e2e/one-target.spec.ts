import { ClaimsPage } from './pages/claims-page';
import type { TagName } from './pages/reader-page';
import { openSampleArticle } from './pages/sample-article';
import { expect, test } from './support/app-fixture';

const INVOICES = 'Invoices obtained under a freedom-of-information';
const TANKS = 'The tanks hold 650,000 litres';
const TANKS_SENTENCE = "The tanks hold 650,000 litres, according to the authority's own 2023 annual report.";

test('after moving with J/K, N, V, Shift+2, 2 and Delete act on the selected sentence, never on the annotation left behind', async ({
  app,
}) => {
  const reader = await openSampleArticle(app.page);
  const claims = new ClaimsPage(app.page);
  const notice = app.page.getByTestId('reader-notice');

  await reader.clickSentence(INVOICES);
  await reader.pressTag('evidence');
  await reader.nextSentence();
  await reader.pressTag('claim');
  await reader.previousSentence();
  await reader.nextSentence();
  expect(await reader.activeHighlightText()).toBe(TANKS_SENTENCE);
  await expect(reader.card(TANKS)).toHaveAttribute('data-active', 'true');

  await reader.writeNoteWithKeyboard('capacity note');
  await expect(reader.card(TANKS).getByTestId('card-note')).toHaveValue('capacity note');
  await expect(reader.card(INVOICES).getByTestId('card-note')).toHaveValue('');
  await expect(reader.article).toBeFocused();

  await claims.openClaimEditor();
  await expect(claims.evidenceEditor).toBeHidden();
  await claims.closeEditor('claim');

  await reader.previousSentence();
  await expect(reader.card(INVOICES)).toHaveAttribute('data-active', 'true');
  await claims.openEvidenceEditor();
  await claims.closeEditor('evidence');

  await app.page.keyboard.press('l');
  await expect(claims.linkPicker).toBeVisible();
  await app.page.keyboard.press('Escape');
  await expect(claims.linkPicker).toBeHidden();

  await reader.pressTag('denial', { change: true });
  await expect(reader.card(INVOICES)).toHaveAttribute('data-tag', 'denial');
  await expect(reader.card(TANKS)).toHaveAttribute('data-tag', 'claim');
  await reader.pressTag('denial');
  await expect(reader.card(INVOICES)).toHaveCount(0);

  await reader.nextSentence();
  await reader.removeTags();
  await expect(notice).toHaveText('Removed 1 tag');
  await expect(reader.cards()).toHaveCount(0);
});

test('clicking a card makes its annotation the target of N and V, wherever the cursor was', async ({ app }) => {
  const reader = await openSampleArticle(app.page);
  const claims = new ClaimsPage(app.page);

  await reader.clickSentence('Our reserves stood at 100 per cent');
  await reader.pressTag('claim');
  await reader.clickSentence('maintenance log for the backup generators');
  await reader.pressTag('evidence');

  await reader.goToCard('Our reserves stood');
  await expect(reader.card('Our reserves stood')).toHaveAttribute('data-active', 'true');
  await reader.article.focus();
  await reader.writeNoteWithKeyboard('checked with the port');
  await expect(reader.card('Our reserves stood').getByTestId('card-note')).toHaveValue('checked with the port');
  await expect(reader.card('maintenance log').getByTestId('card-note')).toHaveValue('');
  await claims.openClaimEditor();
  await expect(claims.field('claimant-name')).toHaveValue('Helen Varga');
});

test('when the selection holds two annotations, N says which one it chose and marks it active', async ({ app }) => {
  const reader = await openSampleArticle(app.page);
  await reader.clickSentence(TANKS);
  await reader.pressTag('claim');
  await reader.pressTag('evidence');
  await reader.previousSentence();
  await reader.nextSentence();

  await app.page.keyboard.press('n');
  await expect(app.page.getByTestId('reader-notice')).toHaveText('Note: claim 1 of 2 here (click the highlight again for the next)');
  await expect(reader.cards('claim')).toHaveAttribute('data-active', 'true');
  await expect(reader.cards('evidence')).toHaveAttribute('data-active', 'false');
});

test('A in the suggestions accepts the suggestion on the selected sentence, not the one listed first', async ({ app }) => {
  const reader = await openSampleArticle(app.page);
  const claims = new ClaimsPage(app.page);
  await claims.showSuggestions();
  await expect(claims.current()).toBeVisible();
  const second = claims.suggestionItems().nth(1);
  const text = (await second.locator('.suggestion-sentence').textContent()) ?? '';
  const tag = (await second.getAttribute('data-tag')) as TagName;
  expect(text).not.toBe('');

  await reader.clickSentence(text.slice(0, 30));
  await expect(second).toHaveAttribute('data-current', 'true');
  await app.page.keyboard.press('a');
  await expect(app.page.getByTestId('reader-notice')).toContainText('Accepted');
  await expect(app.page.getByTestId('highlight-badge')).toHaveCount(1);
  expect(await reader.highlightedTexts(tag)).toEqual([text]);
});
