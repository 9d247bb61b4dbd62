import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { documentPath, layerPath } from '../main/store/store-paths';
import { toAnnotationCollection } from '../shared/exchange/export-w3c';
import { articleSchema } from '../shared/model/article';
import { LibraryPage } from './pages/library-page';
import { buildColleagueLayer, ReviewPage } from './pages/review-page';
import { expect, test } from './support/app-fixture';

const SAMPLE_TITLE = 'Port authority says fuel reserves were full before Calder Bay blackout';
const BLACKOUT =
  'The blackout lasted 19 hours and halted the loading of 42 cargo ships, according to figures published by the regional chamber of commerce.';
const DENIAL = 'The authority denied that the delivery records were complete.';
const REYES =
  'Dr. Samuel Reyes, an energy analyst at Northfield University, said the generators burn about 9,500 litres an hour at full load.';
const BEN = { id: 'ben', name: 'Ben Okafor' };

test('a reviewer imports a colleague’s file, accepts one tag, rejects one, replies to one, walks the disagreements and reads the agreement; all of it is there after a restart', async ({
  app,
}) => {
  const library = new LibraryPage(app.page);
  let reader = await library.openArticle(SAMPLE_TITLE);
  const documentId = (await reader.root.getAttribute('data-document-id')) ?? '';
  await reader.clickSentence('halted the loading of 42 cargo ships');
  await reader.pressTag('claim');
  await reader.clickSentence('denied that the delivery records');
  await reader.pressTag('denial');
  await reader.waitUntilSaved();

  let review = new ReviewPage(app.page);
  await review.open();
  await expect(review.panel.getByTestId('review-empty')).toBeVisible();
  const bensFile = await buildColleagueLayer(app.storeDir, documentId, BEN, [
    { tag: 'claim', quote: BLACKOUT },
    { tag: 'evidence', quote: DENIAL, note: 'The denial is itself the evidence.' },
    { tag: 'claim', quote: REYES },
  ]);
  await review.importColleagueFile('ben-okafor.json', bensFile);

  await expect(review.cards()).toHaveCount(3);
  await expect(review.card('ben', 'The blackout lasted')).toHaveAttribute('data-state', 'agreed');
  await expect(review.card('ben', 'The authority denied')).toHaveAttribute('data-state', 'disagreed');
  await expect(review.card('ben', 'Dr. Samuel Reyes')).toHaveAttribute('data-state', 'only-one');
  await expect(review.badges()).toHaveCount(3);
  await expect(review.count()).toHaveText('2 disagreements');

  await review.accept('ben', 'The blackout lasted');
  await review.reject('ben', 'The authority denied');
  await review.reply('ben', 'Dr. Samuel Reyes', 'Reyes is an expert, not a claimant: evidence?');
  await review.answer('ben', 'Dr. Samuel Reyes', 'Reyes is an expert', 'Agreed on second reading.');
  await expect(review.card('ben', 'The blackout lasted')).toHaveAttribute('data-state', 'accepted');
  await expect(review.card('ben', 'The authority denied')).toHaveAttribute('data-state', 'rejected');
  await expect(review.badges('accepted')).toHaveCount(1);
  await expect(review.badges('rejected')).toHaveCount(1);
  await expect(review.card('ben', 'Dr. Samuel Reyes').getByTestId('reply')).toHaveCount(2);

  await review.nextDisagreement();
  await expect(review.count()).toHaveText('1 of 2 disagreements');
  await expect(review.panel.getByTestId('disagreement-kind')).toHaveText('tagged by only one analyst');
  expect(await reader.selectedText()).toBe(REYES);
  await review.nextDisagreement();
  await expect(review.count()).toHaveText('2 of 2 disagreements');
  await expect(review.panel.getByTestId('disagreement-kind')).toHaveText('different tags');
  expect(await reader.selectedText()).toBe(DENIAL);

  await expect(review.agreement()).toBeVisible();
  await expect(review.agreement().getByTestId('agreement-pair')).toHaveCount(1);
  await expect(review.agreement().getByTestId('agreement-kappa')).toHaveText(/^-?\d\.\d\d$/);
  await expect(review.agreement().getByTestId('agreement-units')).toContainText('sentences of the article body (3 tagged by someone)');
  await app.page.screenshot({ path: 'e2e/screenshots/review-mode.png' });

  await app.restart();
  reader = await new LibraryPage(app.page).openArticle(SAMPLE_TITLE);
  review = new ReviewPage(app.page);
  await review.open();
  await expect(review.card('ben', 'The blackout lasted')).toHaveAttribute('data-state', 'accepted');
  await expect(review.card('ben', 'The authority denied')).toHaveAttribute('data-state', 'rejected');
  await expect(review.card('ben', 'Dr. Samuel Reyes').getByTestId('reply-text')).toHaveText([
    'Reyes is an expert, not a claimant: evidence?',
    'Agreed on second reading.',
  ]);
  await expect(review.count()).toHaveText('2 disagreements');
  expect(app.pageErrors).toEqual([]);
  expect(app.blockedRequests).toEqual([]);
});

test('a colleague saving in the shared casebook shows up without reopening, and a broken save is reported, not shown', async ({ app }) => {
  const reader = await new LibraryPage(app.page).openArticle(SAMPLE_TITLE);
  const documentId = (await reader.root.getAttribute('data-document-id')) ?? '';
  const review = new ReviewPage(app.page);
  await review.open();
  const bensPath = join(app.storeDir, layerPath(documentId, 'ben'));

  await writeFile(bensPath, JSON.stringify(await buildColleagueLayer(app.storeDir, documentId, BEN, [{ tag: 'claim', quote: BLACKOUT }])));
  await expect(review.cards()).toHaveCount(1);
  await writeFile(
    bensPath,
    JSON.stringify(
      await buildColleagueLayer(app.storeDir, documentId, BEN, [
        { tag: 'claim', quote: BLACKOUT },
        { tag: 'denial', quote: DENIAL },
      ]),
    ),
  );
  await expect(review.cards()).toHaveCount(2);

  await writeFile(bensPath, '{"schemaVersion":1,"documentId":');
  await expect(review.panel.getByTestId('review-problems')).toContainText('ends early');
  await expect(review.cards()).toHaveCount(2);

  await review.panel.getByTestId('layer-toggle').uncheck();
  await expect(review.cards()).toHaveCount(0);
  await expect(review.badges()).toHaveCount(0);
});

test('a colleague’s W3C export imports as their layer, and a long layer is drawn as the reviewer scrolls', async ({ app }) => {
  const reader = await new LibraryPage(app.page).openArticle(SAMPLE_TITLE);
  const documentId = (await reader.root.getAttribute('data-document-id')) ?? '';
  const review = new ReviewPage(app.page);
  await review.open();
  const article = articleSchema.parse(JSON.parse(await readFile(join(app.storeDir, documentPath(documentId)), 'utf8')));
  const layer = await buildColleagueLayer(app.storeDir, documentId, BEN, [
    { tag: 'claim', quote: BLACKOUT },
    { tag: 'denial', quote: DENIAL },
  ]);
  await review.importColleagueFile('ben-okafor.jsonld', toAnnotationCollection(article, layer.annotations, '2026-03-02T08:00:00.000Z'));
  await expect(review.cards()).toHaveCount(2);
  await expect(review.card('ben', 'The blackout lasted')).toHaveAttribute('data-state', 'only-one');
  await expect(review.card('ben', 'The authority denied')).toBeVisible();
  await expect(review.panel.getByTestId('review-error')).toHaveCount(0);

  const many = Array.from({ length: 150 }, (_, i) => ({ tag: 'claim' as const, quote: i % 2 ? BLACKOUT : REYES, note: `note ${i}` }));
  await writeFile(
    join(app.storeDir, layerPath(documentId, 'ben')),
    JSON.stringify(await buildColleagueLayer(app.storeDir, documentId, BEN, many)),
  );
  await expect(review.panel.getByTestId('review-list-more')).toHaveText('60 of 150 shown; scroll for more');
  await expect(review.cards()).toHaveCount(60);
  await review.cards().last().scrollIntoViewIfNeeded();
  await expect(review.cards()).toHaveCount(120);
  await review.cards().last().scrollIntoViewIfNeeded();
  await expect(review.cards()).toHaveCount(150);
  await expect(review.panel.getByTestId('review-list-more')).toHaveCount(0);
  expect(app.pageErrors).toEqual([]);
});

test('a colleague imported from a W3C Web Annotation file is shown by the creator’s name, not the id', async ({ app }) => {
  const reader = await new LibraryPage(app.page).openArticle(SAMPLE_TITLE);
  const documentId = (await reader.root.getAttribute('data-document-id')) ?? '';
  const review = new ReviewPage(app.page);
  await review.open();
  const article = articleSchema.parse(JSON.parse(await readFile(join(app.storeDir, documentPath(documentId)), 'utf8')));
  const colin = { id: 'colin', name: 'Colin Colleague' };
  const layer = await buildColleagueLayer(app.storeDir, documentId, colin, [
    { tag: 'claim', quote: BLACKOUT },
    { tag: 'denial', quote: DENIAL },
  ]);
  type Item = { creator: { id: string } };
  const collection = JSON.parse(JSON.stringify(toAnnotationCollection(article, layer.annotations, '2026-03-02T08:00:00.000Z'))) as {
    first: { items: Item[] };
  };
  // As other tools write it: the creator in full on one annotation, as a bare IRI on the next.
  const [full, bare] = collection.first.items;
  await review.importColleagueFile('colin.jsonld', {
    ...collection,
    first: { ...collection.first, items: [full, { ...bare, creator: full!.creator.id }] },
  });

  await expect(review.cards()).toHaveCount(2);
  const colinsLayer = review.panel
    .locator('.layer-toggle')
    .filter({ has: app.page.locator('[data-testid="layer-toggle"][data-analyst="colin"]') });
  await expect(colinsLayer.locator('.layer-name')).toHaveText('Colin Colleague');
  for (const quote of ['The blackout lasted', 'The authority denied']) {
    await expect(review.card('colin', quote).locator('.analyst-initials')).toHaveAttribute('title', 'Colin Colleague');
    await expect(review.card('colin', quote).getByRole('group')).toHaveAccessibleName(/^Decide on Colin Colleague's /);
  }
  await expect(review.panel).not.toContainText(/\bcolin\b/);
});

test.describe('first run', () => {
  test.use({ firstRun: true });

  test('the analyst sets a name, initials and colour once', async ({ app }) => {
    const dialog = app.page.getByTestId('profile-dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByTestId('profile-name').fill('Ana López');
    await expect(dialog.getByTestId('profile-initials')).toHaveAttribute('placeholder', 'AL');
    await dialog.getByTestId('profile-colour').nth(2).check({ force: true });
    await app.page.screenshot({ path: 'e2e/screenshots/review-first-run.png' });
    await dialog.getByTestId('profile-save').click();
    await expect(dialog).toBeHidden();

    await app.restart();
    await expect(app.page.getByTestId('library')).toBeVisible();
    await expect(app.page.getByTestId('profile-dialog')).toHaveCount(0);
  });
});
