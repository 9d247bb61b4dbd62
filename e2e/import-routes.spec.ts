import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { LibraryPage } from './pages/library-page';
import { expect, test, type FactmarkApp } from './support/app-fixture';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'import');
const fixture = (name: string) => join(FIXTURES, name);
const ROOF_TITLE = 'Lowmere council admits roof survey at Eastgate school was never carried out';
const ROOF_SENTENCE = 'No pupils were in the room at the time.';
const FLOOD_TITLE = 'Council report says Almond flood gates failed twice before the March surge';
const IMAGE_ALT = 'A collapsed section of classroom ceiling with debris on the desks';
// The credit closing the caption stays in the caption's last sentence (issue 11), never a sentence of its own.
const CAPTION = 'Part of the ceiling in a Year 4 classroom at Eastgate Primary School after it fell in on 3 February. Photo: Priya Castell';

/** Imports a file the way the File › Open… menu item does: the command opens the file chooser. */
async function openByMenu(app: FactmarkApp, path: string): Promise<void> {
  const chooser = app.page.waitForEvent('filechooser');
  await app.sendCommand('open-file');
  await (await chooser).setFiles(path);
}

// Web pages, Markdown, Word and PDF are read in a worker thread that the first import starts; on
// a busy two-core machine that first import takes seconds, more than the usual assertion timeout.
const IMPORT_TIMEOUT = 30_000;
test.describe.configure({ timeout: 120_000 });

/** The reader, once the import in progress has opened it. */
async function importedReader(library: LibraryPage) {
  await expect(library.page.getByTestId('article')).toBeVisible({ timeout: IMPORT_TIMEOUT });
  return library.reader();
}

const storedSources = async (app: FactmarkApp) => (await readdir(join(app.storeDir, 'sources')).catch(() => [])).sort();

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `e2e/screenshots/import-routes-${name}.png` });
}

// The web page and the Markdown file declare the same canonical URL, which makes the second one a
// candidate new version of the first (see article-versions.spec.ts); each test imports only one.
test('each route opened from the menu reads as the same article: web page, Word document and plain text', async ({ app }) => {
  const library = new LibraryPage(app.page);
  for (const name of ['roof-survey.html', 'roof-survey.docx', 'roof-survey.txt']) {
    await openByMenu(app, fixture(name));
    const reader = await importedReader(library);
    await expect(reader.title(), name).toContainText(ROOF_TITLE);
    await expect(reader.byline(), name).toContainText('Priya Castell');
    await expect(reader.article, name).toContainText(ROOF_SENTENCE);
    await expect(reader.article, name).not.toContainText('Advertisement');
    if (name === 'roof-survey.html') {
      await expect(reader.article.getByTestId('image-placeholder')).toHaveText(`[image: ${IMAGE_ALT}]`);
      await screenshot(app.page, 'web-page');
    }
    if (name === 'roof-survey.docx') await screenshot(app.page, 'word');
    await reader.backToLibrary();
  }
  await expect(library.items()).toHaveCount(4);
});

test('a PDF opened from the menu keeps its title, author and text, page furniture gone', async ({ app }) => {
  const library = new LibraryPage(app.page);
  await openByMenu(app, fixture('flood-gate.pdf'));
  const reader = await importedReader(library);
  await expect(reader.title()).toContainText(FLOOD_TITLE);
  await expect(reader.byline()).toContainText('Tomasz Ellery');
  await expect(reader.article).toContainText('failed to close on two occasions');
  await expect(reader.article).not.toContainText('Page 1 of');
  await screenshot(app.page, 'pdf');
});

test('a block the Word route dropped can be restored, and the article reads it in place', async ({ app }) => {
  const library = new LibraryPage(app.page);
  await openByMenu(app, fixture('roof-survey.docx'));
  const reader = await importedReader(library);
  const panel = await reader.openCleaning();
  const dropped = await panel.getByTestId('dropped-line').first().locator('.dropped-text').innerText();
  await expect(panel.getByTestId('dropped-line').first().locator('.dropped-number')).toHaveText(/^#\d+$/u);
  await panel.getByTestId('restore-line').first().click();
  await expect(reader.article).toContainText(dropped.slice(0, 30), { timeout: IMPORT_TIMEOUT });
  await expect(reader.title()).toContainText(ROOF_TITLE);
});

test('what an import could not bring in is said on the article', async ({ app }) => {
  const library = new LibraryPage(app.page);
  // More children in one element than Readability is given (READABILITY_MAX_CHILDREN): the page is read whole.
  const rows = Array.from(
    { length: 1100 },
    (_, i) => `<p>Row ${i + 1} of the council's published survey log was checked by the desk.</p>`,
  ).join('');
  const page = `<!doctype html><html><head><title>Survey log</title></head><body><h1>Survey log</h1>${rows}</body></html>`;
  await library.importFile({ name: 'survey-log.html', mimeType: 'text/html', buffer: Buffer.from(page) });
  const reader = await importedReader(library);
  await expect(app.page.getByTestId('import-note')).toContainText('all of its text was read; check for leftover page furniture');
  await expect(reader.article).toContainText('Row 1100 of the council');
  await screenshot(app.page, 'import-note');
});

test('files dropped on the window are read by their content, whatever their name', async ({ app }) => {
  const library = new LibraryPage(app.page);
  const drops = [
    { name: 'download', mimeType: 'application/octet-stream', buffer: await readFile(fixture('roof-survey.docx')), title: ROOF_TITLE },
    { name: 'report.bin', mimeType: 'application/octet-stream', buffer: await readFile(fixture('flood-gate.pdf')), title: FLOOD_TITLE },
    { name: 'story.md', mimeType: 'text/markdown', buffer: await readFile(fixture('roof-survey.md')), title: ROOF_TITLE },
  ];
  for (const drop of drops) {
    await library.dropFile(drop);
    const reader = await importedReader(library);
    await expect(reader.title(), drop.name).toContainText(drop.title);
    await reader.backToLibrary();
  }
  await expect(library.items()).toHaveCount(4);
});

test('pasting from a web page keeps its headings, links and images as placeholders; pasting text stays text', async ({ app }) => {
  const library = new LibraryPage(app.page);
  const html = `<meta charset="utf-8"><h1>Ferry operator says most sailings ran on time</h1>
    <p>The operator said <a href="https://ferry.example/report">its quarterly report</a> showed 96% of sailings left on time.</p>
    <figure><img src="https://ferry.example/queue.jpg" alt="Queue of cars at the terminal" onerror="document.title='pwned'"></figure>
    <p>Passenger groups disputed the figures on Monday.</p><script>document.title = 'pwned'</script>`;
  const text =
    'Ferry operator says most sailings ran on time\nThe operator said its quarterly report showed 96% of sailings left on time.\nPassenger groups disputed the figures on Monday.';
  await library.pasteWebPage(html, text);
  const reader = await importedReader(library);
  await expect(reader.title()).toContainText('Ferry operator says most sailings ran on time');
  await expect(reader.article.locator('a.pm-link', { hasText: 'its quarterly report' })).toHaveAttribute(
    'href',
    'https://ferry.example/report',
  );
  await expect(reader.article.getByTestId('image-placeholder')).toHaveText('[image: Queue of cars at the terminal]');
  await expect(reader.article.locator('img, script')).toHaveCount(0);
  expect(await app.page.title()).not.toBe('pwned');
  expect(app.blockedRequests).toEqual([]);
  await screenshot(app.page, 'pasted-web-page');
  await reader.backToLibrary();

  await library.pasteArticle('Ministry denies bridge was closed\n\nThe ministry said the bridge stayed open all week.');
  const second = await importedReader(library);
  await expect(second.title()).toContainText('Ministry denies bridge was closed');
  await expect(second.article.getByTestId('image-placeholder')).toHaveCount(0);
});

test('an image placeholder adds no characters: the sentence after it is selected and tagged exactly', async ({ app }) => {
  const library = new LibraryPage(app.page);
  await library.importFile(fixture('roof-survey.html'));
  const reader = await importedReader(library);
  await reader.clickSentence('Part of the ceiling in a Year 4');
  expect(await reader.selectedText()).toBe(CAPTION);
  await reader.pressTag('claim');
  await expect(reader.card(CAPTION).getByTestId('card-quote')).toHaveText(CAPTION);
  await reader.waitUntilSaved();
  await app.restart();
  const reopened = await new LibraryPage(app.page).openArticle(ROOF_TITLE);
  expect(await reopened.highlightedTexts('claim')).toEqual([CAPTION]);
});

test('broken files get a message naming the file and the problem, and the library and store stay as they were', async ({ app }) => {
  const library = new LibraryPage(app.page);
  await expect(library.items()).toHaveCount(1);
  const sourcesBefore = await storedSources(app);
  const cases = [
    ['broken/truncated.docx', '"truncated.docx" is not a readable Word document'],
    ['broken/truncated.pdf', '"truncated.pdf" is damaged or not a complete PDF'],
    ['broken/scanned.pdf', '"scanned.pdf" has no text layer (it looks scanned)'],
    ['broken/binary.txt', '"binary.txt" is not a text file: it contains binary data.'],
    ['broken/empty.txt', '"empty.txt" is empty.'],
  ] as const;
  for (const [path, message] of cases) {
    await library.importFile(fixture(path));
    await expect(library.errorMessage()).toContainText(message, { timeout: IMPORT_TIMEOUT });
    if (path === 'broken/scanned.pdf') await screenshot(app.page, 'scanned-pdf-message');
    await library.dismissError();
  }
  await expect(library.items()).toHaveCount(1);
  expect(await storedSources(app)).toEqual(sourcesBefore);
});

test('a slow import shows its progress and can be cancelled, leaving nothing behind', async ({ app }) => {
  const library = new LibraryPage(app.page);
  const page = (await readFile(fixture('roof-survey.html'), 'utf8')).replace(
    /<article class="story">([\s\S]*?)<\/article>/u,
    (_all, story: string) => {
      const paragraphs = story.match(/<p>[\s\S]*?<\/p>/gu)?.join('\n') ?? '';
      return `<article class="story">${Array.from({ length: 1200 }, (_, i) => `<h2>Part ${i + 1}</h2>${paragraphs}`).join('\n')}</article>`;
    },
  );
  const sourcesBefore = await storedSources(app);
  await library.importFile({ name: 'huge-page.html', mimeType: 'text/html', buffer: Buffer.from(page) });
  const cancel = app.page.getByTestId('import-cancel');
  await expect(cancel).toBeVisible({ timeout: 10_000 });
  await expect(cancel).toBeFocused();
  await expect(app.page.getByTestId('busy')).toContainText('Importing huge-page.html…');
  await expect(app.page.getByTestId('import-stage')).toContainText('Reading the web page');
  await screenshot(app.page, 'progress');
  await cancel.click();
  await expect(app.page.getByTestId('busy')).toHaveCount(0);
  await expect(library.errorMessage()).toHaveCount(0);
  await expect(library.root).toBeVisible();
  await expect(library.items()).toHaveCount(1);
  expect(await storedSources(app)).toEqual(sourcesBefore);
});
