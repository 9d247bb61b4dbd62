import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LibraryPage } from './pages/library-page';
import { expect, test } from './support/app-fixture';

const FIRSTPOST_STYLE = join(import.meta.dirname, '..', 'shared', 'clean', 'fixtures', 'firstpost-style-ferry-fire.txt');
const FERRY_TITLE = 'Coastguard warned Valdoran ministry before Port Elsin ferry fire';

test('a Firstpost-style page opens clean: furniture gone, metadata in the header, headings and caption kept', async ({ app }) => {
  const library = new LibraryPage(app.page);
  await library.importFile(FIRSTPOST_STYLE);
  const reader = await library.reader();

  await expect(reader.title()).toContainText(FERRY_TITLE);
  await expect(reader.byline()).toContainText('FP Staff');
  const text = await reader.article.innerText();
  for (const furniture of [
    'Advertisement',
    'STORY CONTINUES BELOW THIS AD',
    'End of Article',
    'Latest News',
    'Find us on YouTube',
    'Subscribe',
    'QUICK LINKS',
    'Top Shows',
    'Vantage Firstpost',
  ]) {
    expect(text, furniture).not.toContain(furniture);
  }
  expect(text.split(FERRY_TITLE).length - 1).toBe(1);
  await expect(reader.article.locator('h2', { hasText: 'Fuel on the car deck' })).toBeVisible();
  await expect(reader.article.locator('h2', { hasText: 'Earlier inspections' })).toBeVisible();
  await expect(reader.article.locator('.pm-caption', { hasText: 'Firefighters spray water' })).toBeVisible();
  await app.page.screenshot({ path: 'e2e/screenshots/firstpost-style-clean.png' });

  const panel = await reader.openCleaning();
  await expect(panel).toContainText('STORY CONTINUES BELOW THIS AD');
  await expect(panel).toContainText('Find us on YouTube');
  await app.page.screenshot({ path: 'e2e/screenshots/cleaning-panel.png' });
});

test('a dropped line can be restored into the article', async ({ app }) => {
  const library = new LibraryPage(app.page);
  await library.importFile(FIRSTPOST_STYLE);
  const reader = await library.reader();
  await reader.openCleaning();
  await reader.restoreLine('Latest News');
  await expect(reader.article).toContainText('Latest News');
});

test('pasting text and dropping a file each make a new article', async ({ app }) => {
  const library = new LibraryPage(app.page);
  await library.pasteArticle(
    'Ministry denies bridge was closed\n\nThe ministry said the bridge stayed open all week. Traffic cameras show it was closed on Tuesday.',
  );
  let reader = await library.reader();
  await expect(reader.title()).toContainText('Ministry denies bridge was closed');
  await reader.backToLibrary();

  const buffer = await readFile(FIRSTPOST_STYLE);
  await library.dropFile({ name: 'ferry.txt', mimeType: 'text/plain', buffer });
  reader = await library.reader();
  await expect(reader.title()).toContainText(FERRY_TITLE);
  await reader.backToLibrary();
  await expect(library.items()).toHaveCount(3);
});

test('a file that is not text is refused with a message naming it, and the library is unchanged', async ({ app }) => {
  const library = new LibraryPage(app.page);
  await expect(library.items()).toHaveCount(1);
  await library.importFile({
    name: 'minutes.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from([0x00, 0x01, 0x02, 0x89, 0x50, 0x4e, 0x47, 0x00]),
  });
  await expect(app.page.getByRole('alert')).toContainText('"minutes.txt" is not a text file');
  await expect(library.items()).toHaveCount(1);
});
