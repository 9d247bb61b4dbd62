import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ClaimsPage } from './pages/claims-page';
import { COLIN, importColleagueClaim } from './pages/colleague-layer';
import { LibraryPage } from './pages/library-page';
import { ReaderPage } from './pages/reader-page';
import { openSampleArticle, SAMPLE_TITLE } from './pages/sample-article';
import { expect, test } from './support/app-fixture';

const SAMPLE_FULL_TITLE = `${SAMPLE_TITLE}; records tell another story`;
const MARKET = 'Market traders count the cost of the ring road';
const MARKET_TEXT = `${MARKET}\n\nStallholders on Bridge Street say takings fell by a third after the ring road opened in March. The council says footfall is unchanged.`;

test('cards count each tag and sum up the verdicts; the list sorts and filters from the keyboard; opened articles are listed as recent', async ({
  app,
}) => {
  const library = new LibraryPage(app.page);
  await library.waitUntilShown();
  await expect(app.page.getByTestId('library-count')).toHaveText('1 article');
  const reader = await openSampleArticle(app.page);
  const claims = new ClaimsPage(app.page);
  await reader.clickSentence('Our reserves stood at 100 per cent');
  await reader.pressTag('claim');
  await claims.openClaimEditor();
  await claims.recordVerdict('in-progress', 'False', 'Invoices show one delivery.');
  await claims.closeEditor('claim');
  await reader.nextSentence();
  await reader.pressTag('evidence');
  await reader.waitUntilSaved();
  await reader.backToLibrary();

  const sample = library.card(SAMPLE_TITLE);
  await expect(sample.getByTestId('card-count-claim')).toHaveText('C1 claim');
  await expect(sample.getByTestId('card-count-evidence')).toHaveText('E1 evidence');
  await expect(sample.getByTestId('card-count-denial')).toHaveText('D0 denials');
  await expect(sample.getByTestId('card-verdicts')).toHaveText('Verdicts: 1 False');
  await expect(library.recent()).toHaveText([new RegExp(SAMPLE_TITLE)]);

  await library.pasteArticle(MARKET_TEXT, MARKET);
  await (await library.reader()).backToLibrary();
  await expect(library.recent().first()).toContainText(MARKET);
  await expect.poll(() => library.titles()).toEqual([MARKET, SAMPLE_FULL_TITLE]);

  // Every control is a labelled native select, reached with Tab and changed with the arrow keys.
  const sort = app.page.getByRole('combobox', { name: 'Sort by' });
  await sort.focus();
  await app.page.keyboard.press('ArrowDown');
  await app.page.keyboard.press('ArrowDown');
  await expect(sort).toHaveValue('title');
  await expect.poll(() => library.titles()).toEqual([MARKET, SAMPLE_FULL_TITLE]);
  await library.sortBy('Most annotated');
  await expect.poll(() => library.titles()).toEqual([SAMPLE_FULL_TITLE, MARKET]);

  await library.filterBy('tag', 'Claim');
  await expect.poll(() => library.titles()).toEqual([SAMPLE_FULL_TITLE]);
  await expect(app.page.getByTestId('library-count')).toHaveText('1 of 2 articles');
  await library.filterBy('tag', 'Any');
  await library.filterBy('verdict', 'True');
  await expect(library.items()).toHaveCount(0);
  await library.filterBy('verdict', 'False');
  await library.filterBy('status', 'In progress');
  await expect.poll(() => library.titles()).toEqual([SAMPLE_FULL_TITLE]);
  await expect(app.page.getByTestId('library-filter-analyst').locator('option')).toHaveCount(2);
  await app.page.screenshot({ path: 'test-results/library-cards.png' });
});

test('the list sorts by date published and by last opened, and the analyst filter keeps the articles a colleague annotated', async ({
  app,
}) => {
  const library = new LibraryPage(app.page);
  await library.waitUntilShown();
  // Added after the sample but published years before it, and opened before it: each order differs from the order added.
  await library.pasteArticle(`${MARKET}\n\nBy Jo Reporter | 2 January 2020\n\n${MARKET_TEXT.split('\n\n')[1]}`, MARKET);
  const reader = await library.reader();
  await importColleagueClaim(reader, app.storeDir, 'The council says footfall is unchanged.');
  await reader.backToLibrary();
  await (await library.openArticle(SAMPLE_TITLE)).backToLibrary();
  await expect.poll(() => library.titles()).toEqual([MARKET, SAMPLE_FULL_TITLE]);

  await expect(library.card(MARKET)).toContainText(/Published .*2020/);
  await library.sortBy('Date published');
  await expect.poll(() => library.titles()).toEqual([SAMPLE_FULL_TITLE, MARKET]);
  await library.sortBy('Last opened');
  await expect.poll(() => library.titles()).toEqual([SAMPLE_FULL_TITLE, MARKET]);
  await (await library.openArticle(MARKET)).backToLibrary();
  await expect.poll(() => library.titles()).toEqual([MARKET, SAMPLE_FULL_TITLE]);

  await library.filterBy('analyst', COLIN.name);
  await expect.poll(() => library.titles()).toEqual([MARKET]);
  await expect(app.page.getByTestId('library-count')).toHaveText('1 of 2 articles');
  await library.filterBy('analyst', 'Any');
  await expect.poll(() => library.titles()).toEqual([MARKET, SAMPLE_FULL_TITLE]);
});

test('an article is renamed with F2, put in the trash with Delete and brought back with Ctrl+Z or from the trash; the text is unchanged', async ({
  app,
}) => {
  const library = new LibraryPage(app.page);
  await library.waitUntilShown();
  await library.renameWithKeyboard(SAMPLE_TITLE, 'Calder Bay fuel check');
  const reader = await library.openArticle('Calder Bay fuel check');
  await expect(reader.title()).toHaveAttribute('title', SAMPLE_FULL_TITLE);
  await reader.backToLibrary();

  await library.trashWithKeyboard('Calder Bay fuel check');
  await expect(library.items()).toHaveCount(0);
  await app.page.keyboard.press('Control+z');
  await expect(library.item('Calder Bay fuel check')).toBeFocused();

  await library.card('Calder Bay fuel check').getByTestId('library-trash').click();
  await expect(app.page.getByTestId('library-show-trash')).toHaveText('Trash (1)');
  const trash = await library.showTrash();
  await expect(trash.getByTestId('trash-item')).toContainText('Calder Bay fuel check');
  await app.page.screenshot({ path: 'test-results/library-trash.png' });

  await app.restart();
  const after = new LibraryPage(app.page);
  await after.waitUntilShown();
  await expect(after.items()).toHaveCount(0);
  const trashAfter = await after.showTrash();
  await trashAfter.getByTestId('trash-restore').click();
  await app.page.getByTestId('trash-close').click();
  await expect(after.item('Calder Bay fuel check')).toHaveCount(1);
});

test.describe('on start', () => {
  test.use({ reopenLast: true });

  test('the article read last reopens at the sentence the analyst was on', async ({ app }) => {
    const reader = await openSampleArticle(app.page);
    await reader.clickSentence('Our reserves stood at 100 per cent');
    await reader.nextSentence();
    const place = await reader.selectedText();
    const stateFile = join(app.storeDir, 'library-state', 'tess.json');
    // The place is recorded once the selection settles: wait for it on disk, as a restart would find it.
    const recordedOffset = async () => {
      const state = JSON.parse(await readFile(stateFile, 'utf8').catch(() => '{}')) as { opened?: Record<string, { offset: number }> };
      return Object.values(state.opened ?? {})[0]?.offset ?? 0;
    };
    await expect.poll(recordedOffset).toBeGreaterThan(0);

    await app.restart();
    const reopened = new ReaderPage(app.page);
    await reopened.waitUntilOpen();
    await expect.poll(() => reopened.selectedText()).toBe(place);
  });
});
