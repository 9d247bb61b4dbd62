import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { layerPath } from '../main/store/store-paths';
import { expect, test, type FactmarkApp } from './support/app-fixture';
import { LibraryPage } from './pages/library-page';
import { buildColleagueLayer, ReviewPage } from './pages/review-page';
import { VersionsPage } from './pages/versions-page';

const URL = 'https://harbour-herald.example/news/2026/03/harbour-wall';
const TITLE = 'Harbour wall will be rebuilt, port authority says';

const EDITED = 'The port authority said on Tuesday that the northern harbour wall will be rebuilt by the end of next year.';
const KEPT = 'Engineers found deep cracks along the northern section of the wall during a routine inspection last spring.';
const DELETED = 'Local fishermen said the repairs should have started several years ago, before the winter storms.';
const ADDED = 'The mayor said she would ask the national government to pay half of the bill for the new wall.';

/** The Harbour Herald's page, as saved on two days: `edited` is the later copy. */
function page(edited: boolean): { name: string; mimeType: string; buffer: Buffer } {
  const paragraphs = [
    `${edited ? EDITED.replace('will be rebuilt', 'will be completely rebuilt') : EDITED} The work is expected to cost about forty million euros, according to the authority's own estimate published in January.`,
    edited ? KEPT : `${KEPT} ${DELETED}`,
    'The council has not yet said how the work will be paid for, and a spokesperson declined to comment when asked on Wednesday.',
    ...(edited ? [ADDED] : []),
    'Ships will continue to use the southern berths while the northern wall is closed for the works, the harbour master said.',
  ];
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${TITLE} | Harbour Herald</title>
<link rel="canonical" href="${edited ? `${URL}?utm_source=newsletter` : URL}">
<meta property="og:site_name" content="Harbour Herald"><meta name="author" content="Mara Oyelaran">
</head><body><main><article><h1>${TITLE}</h1><p class="byline">By Mara Oyelaran</p>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</article></main></body></html>`;
  return { name: edited ? 'harbour-wall-friday.html' : 'harbour-wall-tuesday.html', mimeType: 'text/html', buffer: Buffer.from(html) };
}

/** Waits for an import to open its article (a cold import worker takes seconds) and closes a first-run dialog if one shows. */
async function waitForArticle(app: FactmarkApp): Promise<void> {
  await expect(app.page.getByTestId('article')).toBeVisible({ timeout: 30_000 });
  const firstRun = app.page.getByTestId('profile-dialog');
  if (await firstRun.isVisible()) {
    await firstRun.getByTestId('profile-name').fill('Ana Analyst');
    await firstRun.getByTestId('profile-save').click();
  }
  await expect(firstRun).toBeHidden();
}

test('a newer copy of an article becomes version 2: annotations follow, the changed ones wait for review, the diff shows the edits', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const library = new LibraryPage(app.page);
  await library.importFile(page(false));
  await waitForArticle(app);
  let reader = await library.reader();
  await expect(reader.title()).toContainText(TITLE);

  for (const [sentence, tag] of [
    [EDITED, 'claim'],
    [KEPT, 'evidence'],
    [DELETED, 'denial'],
  ] as const) {
    await reader.clickSentence(sentence);
    await reader.pressTag(tag);
  }
  await expect(reader.cards()).toHaveCount(3);
  await reader.backToLibrary();

  await library.importFile(page(true));
  await expect(app.page.getByTestId('version-choice')).toContainText(`Add as version 2 of “${TITLE}”`);
  const versions = new VersionsPage(app.page);
  await versions.addAsVersion();
  await expect(versions.label()).toBeVisible({ timeout: 30_000 });
  await waitForArticle(app);
  reader = await library.reader();
  await expect(versions.label()).toHaveText('Version 2 of 2');

  // The unchanged sentence's annotation followed it; the edited and the deleted ones wait.
  await expect(reader.highlights('evidence')).toHaveCount(1);
  expect(await reader.highlightedTexts('evidence')).toEqual([KEPT]);
  await expect(versions.items()).toHaveCount(2);
  await expect(versions.item(EDITED)).toHaveAttribute('data-status', 'moved');
  await expect(versions.item(EDITED).getByTestId('reanchor-now')).toContainText('will be completely rebuilt');
  await expect(versions.item(DELETED)).toHaveAttribute('data-status', 'orphan');
  await expect(reader.attentionCards()).toHaveCount(2);
  await app.page.screenshot({ path: 'e2e/screenshots/versions-review.png' });

  await versions.compare();
  await expect(app.page.getByTestId('diff-summary')).toHaveText('3 sentences changed: 1 edited, 1 deleted, 1 added');
  await expect(versions.insertions().filter({ hasText: 'completely' })).toHaveCount(1);
  await expect(versions.deletions().filter({ hasText: 'Local fishermen said' })).toHaveCount(1);
  await expect(versions.insertions().filter({ hasText: 'The mayor said' })).toHaveCount(1);
  await expect(app.page.getByTestId('version-row')).toHaveCount(2);
  await expect(app.page.getByTestId('version-list')).toContainText('harbour-wall-tuesday.html');
  await app.page.getByTestId('diff-text').focus();
  await app.page.keyboard.press('n');
  await expect(app.page.getByTestId('diff-position')).toHaveText('Change 1 of 3');
  await app.page.keyboard.press('n');
  await expect(app.page.getByTestId('diff-position')).toHaveText('Change 2 of 3');
  await app.page.keyboard.press('p');
  await expect(app.page.getByTestId('diff-position')).toHaveText('Change 1 of 3');
  await app.page.screenshot({ path: 'e2e/screenshots/versions-diff.png' });
  await app.page.keyboard.press('Escape');
  await expect(versions.diff).toBeHidden();
  await expect(reader.cards()).toHaveCount(1);

  // Confirm the edited sentence's new place; the orphan stays for later. Undo brings it back.
  await versions.item(EDITED).getByTestId('reanchor-confirm').click();
  await expect(versions.items()).toHaveCount(1);
  await expect(reader.highlights('claim')).toHaveCount(1);
  await reader.undo();
  await expect(versions.items()).toHaveCount(2);
  await reader.redo();
  await expect(versions.items()).toHaveCount(1);
  await reader.waitUntilSaved();

  await app.restart();
  const again = new LibraryPage(app.page);
  // The sample and the harbour article: the new version did not become a separate article.
  await expect(again.items()).toHaveCount(2);
  await again.item(TITLE).first().click();
  await waitForArticle(app);
  reader = await again.reader();
  const after = new VersionsPage(app.page);
  await expect(after.label()).toHaveText('Version 2 of 2');
  expect(await reader.highlightedTexts('claim')).toEqual([EDITED.replace('will be rebuilt', 'will be completely rebuilt')]);
  expect(await reader.highlightedTexts('evidence')).toEqual([KEPT]);
  await expect(after.items()).toHaveCount(1);
  await expect(after.item(DELETED)).toHaveAttribute('data-status', 'orphan');
  await after.compare();
  await expect(app.page.getByTestId('diff-summary')).toHaveText('3 sentences changed: 1 edited, 1 deleted, 1 added');
  expect(app.pageErrors).toEqual([]);
  expect(app.blockedRequests).toEqual([]);
});

test('in a shared casebook, adding a version leaves a colleague’s layer file alone, and review shows their tags on the new text', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const library = new LibraryPage(app.page);
  await library.importFile(page(false));
  await waitForArticle(app);
  const reader = await library.reader();
  const documentId = (await reader.root.getAttribute('data-document-id')) ?? '';
  // Ben's app saved his layer on version 1 into the shared folder.
  const ben = { id: 'ben', name: 'Ben Okafor' };
  const bensFile = join(app.storeDir, layerPath(documentId, ben.id));
  const bensLayer = await buildColleagueLayer(app.storeDir, documentId, ben, [
    { tag: 'evidence', quote: KEPT },
    { tag: 'denial', quote: DELETED },
  ]);
  await mkdir(dirname(bensFile), { recursive: true });
  await writeFile(bensFile, JSON.stringify(bensLayer));
  await reader.backToLibrary();

  await library.importFile(page(true));
  const versions = new VersionsPage(app.page);
  await versions.addAsVersion();
  await expect(versions.label()).toHaveText('Version 2 of 2', { timeout: 30_000 });
  expect(await readFile(bensFile, 'utf8')).toBe(JSON.stringify(bensLayer));

  // The edit before Ben's sentence moved it; review places it there, and says what it cannot place.
  const review = new ReviewPage(app.page);
  await review.open();
  await expect(review.cards()).toHaveCount(1);
  await expect(review.card('ben', 'Engineers found deep cracks')).toBeVisible();
  expect((await app.page.getByTestId('article').locator('span.rv').allTextContents()).join('')).toBe(KEPT);
  await expect(review.panel.getByTestId('review-problems')).toContainText('1 annotation by Ben Okafor cannot be placed on this version');
  await app.page.screenshot({ path: 'e2e/screenshots/versions-colleague-review.png' });
  expect(await readFile(bensFile, 'utf8')).toBe(JSON.stringify(bensLayer));
  expect(app.pageErrors).toEqual([]);
});
