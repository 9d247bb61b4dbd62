import { ClaimsPage } from './pages/claims-page';
import { COLIN, importColleagueClaim } from './pages/colleague-layer';
import { LibraryPage } from './pages/library-page';
import { SearchPage } from './pages/search-page';
import { expect, test } from './support/app-fixture';

const SAMPLE_TITLE = 'Port authority says fuel reserves were full before Calder Bay blackout';
const OUTAGE = '"The outage was caused by a fault in the regional grid, not by any shortage on our side."';
const BLACKOUT =
  'The blackout lasted 19 hours and halted the loading of 42 cargo ships, according to figures published by the regional chamber of commerce.';
const REYES =
  'Dr. Samuel Reyes, an energy analyst at Northfield University, said the generators burn about 9,500 litres an hour at full load.';

test('Ctrl+F finds a word however it is cased or accented, counts and paints the hits, and Enter walks through them', async ({ app }) => {
  const reader = await new LibraryPage(app.page).openArticle(SAMPLE_TITLE);
  const search = new SearchPage(app.page);

  await search.find('Régional');
  await expect(search.findCount).toHaveText('1 of 4');
  await expect(search.hits()).toHaveCount(4);
  await expect(search.currentHit()).toHaveText('regional');
  expect(await reader.selectedText()).toBe(OUTAGE);

  await app.page.keyboard.press('Enter');
  await expect(search.findCount).toHaveText('2 of 4');
  expect(await reader.selectedText()).toBe(BLACKOUT);
  await app.page.keyboard.press('F3');
  await expect(search.findCount).toHaveText('3 of 4');
  await expect(search.currentHit()).toHaveText('Regional');
  await app.page.keyboard.press('Shift+Enter');
  await app.page.keyboard.press('Shift+F3');
  await expect(search.findCount).toHaveText('1 of 4');
  await app.page.keyboard.press('Shift+Enter');
  await expect(search.findCount).toHaveText('4 of 4');
  await app.page.screenshot({ path: 'test-results/search-find-bar.png' });

  await search.findInput.fill('no such words here');
  await expect(search.findCount).toHaveText('No matches');
  await expect(search.hits()).toHaveCount(0);

  await app.page.keyboard.press('Escape');
  await expect(search.findBar).toBeHidden();
  await expect(reader.article).toBeFocused();
});

test('typing straight after Ctrl+F replaces the last query, however late the next frame comes', async ({ app }) => {
  const reader = await new LibraryPage(app.page).openArticle(SAMPLE_TITLE);
  const search = new SearchPage(app.page);
  await search.find('regional');
  await app.page.keyboard.press('Escape');
  await expect(reader.article).toBeFocused();

  // A loaded machine can hold the next frame back for several keys: here it never comes while
  // the analyst types. The last query must be selected by then, so the first key replaces it.
  await app.page.evaluate(`window.heldFrame = window.requestAnimationFrame; window.requestAnimationFrame = () => 0;`);
  await app.page.keyboard.press('Control+f');
  await app.page.keyboard.type('litres');
  await app.page.evaluate(`window.requestAnimationFrame = window.heldFrame;`);
  await expect(search.findInput).toHaveValue('litres');
  await expect(search.findCount).toHaveText('1 of 4');
});

test('Ctrl+F pressed in the very moment the article appears opens the find bar', async ({ app }) => {
  // The key is pressed from inside the task that puts the article on the page, before the next
  // paint: the earliest an analyst's key can come, and what a loaded machine did in CI.
  await app.page.evaluate(`new MutationObserver((changes, observer) => {
    if (!document.querySelector('[data-testid="article"]')) return;
    observer.disconnect();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'f', code: 'KeyF', ctrlKey: true, bubbles: true, cancelable: true }));
  }).observe(document.body, { childList: true, subtree: true });`);
  await new LibraryPage(app.page).openArticle(SAMPLE_TITLE);
  const search = new SearchPage(app.page);
  await expect(search.findInput).toBeFocused();
  await app.page.keyboard.type('litres');
  await expect(search.findCount).toHaveText('1 of 4');
});

test('after a search jump N writes the note of the sentence found, and the find bar finds that note', async ({ app }) => {
  const reader = await new LibraryPage(app.page).openArticle(SAMPLE_TITLE);
  const search = new SearchPage(app.page);
  await reader.clickSentence('halted the loading of 42 cargo ships');
  await reader.pressTag('claim');
  await reader.clickSentence('an energy analyst at Northfield');
  await reader.pressTag('evidence');
  await reader.clickSentence('an energy analyst at Northfield');
  await expect.poll(() => reader.activeHighlightText()).toBe(REYES);

  await search.find('chamber of commerce');
  await expect(search.findCount).toHaveText('1 of 1');
  expect(await reader.selectedText()).toBe(BLACKOUT);
  await app.page.keyboard.press('Escape');
  await expect(reader.article).toBeFocused();
  await expect.poll(() => reader.activeHighlightText()).toBe(BLACKOUT);

  await reader.writeNoteWithKeyboard('Ask the chamber for its cargo tallies');
  await expect(reader.card(BLACKOUT).getByTestId('card-note')).toHaveValue('Ask the chamber for its cargo tallies');
  await expect(reader.card(REYES).getByTestId('card-note')).toHaveValue('');

  await reader.clickSentence('an energy analyst at Northfield');
  await search.find('cargo tallies');
  await expect(search.findCount).toHaveText('1 of 1');
  await expect(search.hitPlace()).toContainText('In a note: Ask the chamber for its cargo tallies');
  await expect(search.hitPlace().locator('mark')).toHaveText('cargo tallies');
  expect(await reader.selectedText()).toBe(BLACKOUT);
  expect(await reader.activeHighlightText()).toBe(BLACKOUT);
});

/** The harbour pilots' story as a plain-text file, its one paragraph `body`. */
function harbourPilots(body: string) {
  return {
    name: 'Harbour pilots.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(`Harbour pilots report strange lights over Calder Bay\n\n${body}\n`),
  };
}

test('library search finds a word in another article and opens it at the sentence', async ({ app }) => {
  const library = new LibraryPage(app.page);
  const search = new SearchPage(app.page);
  await library.importFile(
    harbourPilots(
      'Pilots in Calder Bay said on Friday they had seen a Zeppelin over the breakwater at dusk. The coastguard said no aircraft was logged. Residents were asked to report further sightings.',
    ),
  );
  let reader = await library.reader();
  await reader.backToLibrary();
  reader = await library.openArticle(SAMPLE_TITLE);

  await search.searchLibrary('zeppelins');
  await expect(search.results()).toHaveCount(0);
  await search.libraryInput.press('Backspace');
  await expect(search.results()).toHaveCount(1);
  await expect(search.results().first()).toContainText('Harbour pilots report strange lights');
  await expect(search.results().first().locator('mark')).toHaveText('Zeppelin');
  await app.page.screenshot({ path: 'test-results/search-library.png' });

  await search.library.getByRole('combobox', { name: 'Tag' }).selectOption('claim');
  await expect(search.results()).toHaveCount(0);
  await search.library.getByRole('combobox', { name: 'Tag' }).selectOption('');
  await expect(search.results()).toHaveCount(1);

  await search.libraryInput.press('Enter');
  await expect(search.library).toBeHidden();
  await expect(reader.title()).toContainText('Harbour pilots');
  await expect
    .poll(() => reader.selectedText())
    .toBe('Pilots in Calder Bay said on Friday they had seen a Zeppelin over the breakwater at dusk.');
});

test('library search narrows its results by claim status, verdict, analyst and the day added', async ({ app }) => {
  const library = new LibraryPage(app.page);
  const search = new SearchPage(app.page);
  const sampleReader = await library.openArticle(SAMPLE_TITLE);
  const claims = new ClaimsPage(app.page);
  await sampleReader.clickSentence('Our reserves stood at 100 per cent');
  await sampleReader.pressTag('claim');
  await claims.openClaimEditor();
  await claims.recordVerdict('in-progress', 'False', 'Invoices show one delivery.');
  await claims.closeEditor('claim');
  await sampleReader.waitUntilSaved();
  await sampleReader.backToLibrary();

  await library.importFile(
    harbourPilots(
      'Pilots in Calder Bay said on Friday they had seen lights over the breakwater at dusk. The coastguard said no aircraft was logged.',
    ),
  );
  const reader = await library.reader();
  await importColleagueClaim(reader, app.storeDir, 'The coastguard said no aircraft was logged.');
  await reader.article.focus();

  await search.searchLibrary('Calder Bay');
  const from = (title: string) => search.results().filter({ hasText: title });
  const expectOnly = async (shown: string | null) => {
    for (const title of [SAMPLE_TITLE, 'Harbour pilots report']) {
      if (title === shown) await expect(from(title)).not.toHaveCount(0);
      else await expect(from(title)).toHaveCount(0);
    }
  };
  await expect(from(SAMPLE_TITLE)).not.toHaveCount(0);
  await expect(from('Harbour pilots report')).not.toHaveCount(0);
  const filter = (name: string) => search.library.getByRole('combobox', { name });

  await filter('Status').selectOption({ label: 'In progress' });
  await expectOnly(SAMPLE_TITLE);
  await filter('Status').selectOption('');
  // The verdict filter lists verdicts as the app shows them.
  await filter('Verdict').selectOption({ label: 'False' });
  await expectOnly(SAMPLE_TITLE);
  await filter('Verdict').selectOption('');
  await filter('Analyst').selectOption({ label: COLIN.name });
  await expectOnly('Harbour pilots report');
  await filter('Analyst').selectOption({ label: 'Tess Tester' });
  await expectOnly(SAMPLE_TITLE);
  await filter('Analyst').selectOption('');

  const day = (offset: number) => {
    const date = new Date(Date.now() + offset * 86_400_000);
    return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  };
  const addedFrom = search.library.getByLabel('Added from');
  await addedFrom.fill(day(1));
  await expect(search.library.getByTestId('library-search-count')).toHaveText('No results');
  await addedFrom.fill(day(-1));
  await search.library.getByLabel('Added to').fill(day(1));
  await expect(from(SAMPLE_TITLE)).not.toHaveCount(0);
  await expect(from('Harbour pilots report')).not.toHaveCount(0);
  await search.library.getByLabel('Added to').fill(day(-1));
  await expect(search.library.getByTestId('library-search-count')).toHaveText('No results');
});
