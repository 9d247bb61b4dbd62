import { expectFocusRings, expectNoSeriousViolations, SIDEWAYS_SCROLLERS } from './pages/accessibility-checks';
import { ClaimsPage } from './pages/claims-page';
import { callSource } from './pages/in-page-scripts';
import { buildColleagueLayer, ReviewPage } from './pages/review-page';
import { openSampleArticle } from './pages/sample-article';
import { expect, test } from './support/app-fixture';

// The keyboard alone, with focus always visible (a ring ≥ 3:1 in both themes), and 200% zoom in a
// 1280-pixel window (640 CSS pixels) for the claims table and the review panel. Two launches: a
// reviewer's, and an analyst's who records, accepts a suggestion and sets their profile.

const BLACKOUT =
  'The blackout lasted 19 hours and halted the loading of 42 cargo ships, according to figures published by the regional chamber of commerce.';
const DENIAL = 'The authority denied that the delivery records were complete.';
const REYES =
  'Dr. Samuel Reyes, an energy analyst at Northfield University, said the generators burn about 9,500 litres an hour at full load.';
const BEN = { id: 'ben', name: 'Ben Okafor' };

/** `() => string`: the focused control, named as FOCUS_RING names it. */
const FOCUSED = `(() => { const el = document.activeElement; return el.getAttribute('data-testid') || el.getAttribute('aria-label') || el.textContent.trim().slice(0, 30) || el.tagName; })()`;

test('a reviewer walks the disagreements, accepts and rejects with keys alone and hears each; the review panel and its agreement pass axe and fit at 200% zoom', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const page = app.page;
  const reader = await openSampleArticle(page);
  const documentId = (await reader.root.getAttribute('data-document-id')) ?? '';
  await reader.clickSentence('halted the loading of 42 cargo ships');
  await reader.pressTag('claim');
  await reader.clickSentence('denied that the delivery records');
  await reader.pressTag('denial');
  await reader.waitUntilSaved();

  const review = new ReviewPage(page);
  await review.open();
  await review.importColleagueFile(
    'ben-okafor.json',
    await buildColleagueLayer(app.storeDir, documentId, BEN, [
      { tag: 'claim', quote: BLACKOUT },
      { tag: 'evidence', quote: DENIAL, note: 'The denial is itself the evidence.' },
      { tag: 'claim', quote: REYES },
    ]),
  );
  await expect(review.cards()).toHaveCount(3);
  await expect(review.agreement().getByTestId('agreement-kappa')).toHaveText(/^-?\d\.\d\d$/);
  await expectNoSeriousViolations(page, 'review panel with its agreement');

  await reader.article.focus();
  await page.keyboard.press(']');
  await expect(review.count()).toHaveText('1 of 2 disagreements');
  await page.keyboard.press(']');
  await expect(review.panel.getByTestId('disagreement-kind')).toHaveText('different tags');

  // From the article, Tab goes into the panel and down it in reading order: the layers, the
  // navigator, the agreement, then each card's sentence, Accept, Reject and reply.
  const order: string[] = [];
  for (let i = 0; i < 18; i++) {
    await page.keyboard.press('Tab');
    order.push(await page.evaluate<string>(FOCUSED));
  }
  const card = ['review-quote', 'review-accept', 'review-reject', 'reply-input'];
  expect(order).toEqual([
    'import-colleague',
    'layer-toggle',
    'disagreement-previous',
    'disagreement-next',
    'Agreement',
    'Which sentences counted',
    ...card,
    ...card,
    ...card,
  ]);
  const heard = page.getByTestId('reader-announcement');
  // Keys alone reach a card's buttons: Shift+Tab back to Reject on the denial Ben read as
  // evidence, Space; on to Accept on Reyes's sentence, Enter.
  const tabTo = async (key: 'Tab' | 'Shift+Tab', target: ReturnType<typeof review.card>) => {
    const focused = async () => (await target.and(page.locator(':focus')).count()) === 1;
    for (let i = 0; i < order.length && !(await focused()); i++) await page.keyboard.press(key);
    await expect(target).toBeFocused();
  };
  await tabTo('Shift+Tab', review.card('ben', 'The authority denied').getByTestId('review-reject'));
  await page.keyboard.press('Space');
  await expect(review.card('ben', 'The authority denied')).toHaveAttribute('data-state', 'rejected');
  await expect(heard).toHaveText(`Rejected Ben Okafor's evidence: ${DENIAL}`);
  // The cards follow the article: whichever of the two sentences comes first is further up.
  const texts = await review.cards().allTextContents();
  const reyesAbove = texts.findIndex((t) => t.includes('Samuel Reyes')) < texts.findIndex((t) => t.includes('The authority denied'));
  await tabTo(reyesAbove ? 'Shift+Tab' : 'Tab', review.card('ben', 'Dr. Samuel Reyes').getByTestId('review-accept'));
  await page.keyboard.press('Enter');
  await expect(review.card('ben', 'Dr. Samuel Reyes')).toHaveAttribute('data-state', 'accepted');
  await expect(heard).toHaveText(/^Accepted Ben Okafor's claim: Dr\. Samuel Reyes/);

  await expectFocusRings(page, review.panel.getByTestId('import-colleague'), order.length);

  await page.setViewportSize({ width: 640, height: 400 });
  await expect(review.panel).toBeVisible();
  expect(await page.evaluate<string[]>(callSource(SIDEWAYS_SCROLLERS, null)), 'review panel at 200%').toEqual([]);
});

test('an analyst records a claim, reads the claims table at 200% zoom, accepts a suggestion and hears it, and sets their profile in the settings with keys alone', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const page = app.page;
  const reader = await openSampleArticle(page);
  const claims = new ClaimsPage(page);
  await reader.clickSentence('halted the loading of 42 cargo ships');
  await reader.pressTag('claim');
  // The record starts in its statement: typing replaces the sentence it was pre-filled with.
  await claims.openClaimEditor();
  await expect(claims.field('claim-statement')).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Blackout halted 42 cargo ships for 19 hours');
  await page.keyboard.press('Escape');
  await expect(claims.claimEditor).toBeHidden();

  await reader.article.focus();
  await claims.showTable();
  await expect(claims.rows().first().getByTestId('claim-row-statement')).toHaveText('Blackout halted 42 cargo ships for 19 hours');
  // 200% zoom in a 1280 × 800 window lays out as 640 × 400 CSS pixels.
  await page.setViewportSize({ width: 640, height: 400 });
  expect(await page.evaluate<string[]>(callSource(SIDEWAYS_SCROLLERS, null)), 'claims table at 200%').toEqual([]);
  await claims.rows().first().scrollIntoViewIfNeeded();
  await expect(claims.rows().first().getByTestId('claim-row-status')).toBeInViewport();
  await page.setViewportSize({ width: 1280, height: 800 });

  await reader.article.focus();
  await claims.showSuggestions();
  await page.keyboard.press('j');
  await expect(claims.current()).toBeVisible();
  const sentence = (await claims.current().locator('.suggestion-sentence').textContent()) ?? '';
  const tag = (await claims.current().getAttribute('data-tag')) ?? '';
  await page.keyboard.press('a');
  const heard = page.getByTestId('reader-announcement');
  await expect(heard).toHaveAttribute('aria-live', 'polite');
  const label = tag.charAt(0).toUpperCase() + tag.slice(1);
  await expect(heard).toHaveText(new RegExp(`^Accepted: ${tag}\\. ${label} (C\\d+ )?added: ${sentence.slice(0, 20)}`));

  await reader.article.focus();
  await page.keyboard.press('Control+Comma');
  const settings = page.getByTestId('settings-dialog');
  const scale = settings.getByTestId('settings-rating-scale');
  await expect(scale).toBeFocused();
  const order: string[] = [];
  for (let i = 0; i < 8; i++) {
    order.push(await page.evaluate<string>(FOCUSED));
    await page.keyboard.press('Tab');
  }
  expect(order).toEqual([
    'settings-rating-scale',
    'settings-scale-new',
    'org-name',
    'org-url',
    'org-pattern',
    'settings-profile-name',
    'settings-profile-initials',
    'settings-profile-colour',
  ]);
  await expectFocusRings(page, scale, 14);
  await settings.getByTestId('settings-profile-initials').focus();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('SK');
  await page.keyboard.press('Enter');
  await expect(settings).toBeHidden();
  await expect(reader.article).toBeFocused();
  await page.keyboard.press('Control+Comma');
  await expect(settings.getByTestId('settings-profile-initials')).toHaveValue('SK');
  await page.keyboard.press('Escape');
  await expect(settings).toBeHidden();
});
