import { chmod, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LibraryPage } from './pages/library-page';
import type { ReaderPage } from './pages/reader-page';
import { expect, test, type FactmarkApp } from './support/app-fixture';

test('a damaged library file is set aside, the analyst is told which file and why, and no article is lost', async ({ app }) => {
  const library = new LibraryPage(app.page);
  await library.pasteArticle(
    'Mayor says cycle lanes cut traffic by half\n\nThe mayor said traffic fell by half. Council counts show a 12 per cent fall.',
  );
  await (await library.reader()).backToLibrary();
  await expect(library.items()).toHaveCount(2);
  await app.restart();

  await writeFile(join(app.storeDir, 'library.json'), '{"schemaVersion":1,"documents":[{"id":');
  const page = await app.restart();
  await expect(page.getByTestId('store-banner')).toContainText('library.json');
  await page.screenshot({ path: 'e2e/screenshots/store-recovered.png' });
  await expect(new LibraryPage(page).items()).toHaveCount(2);
});

test('a damaged annotations file met while working is named in the banner when its article opens, not only at start', async ({ app }) => {
  const library = new LibraryPage(app.page);
  await library.pasteArticle(
    'Minister says the bridge opened in 2019\n\nThe minister said the bridge opened in 2019. Records show it opened in 2021.',
  );
  const reader = await library.reader();
  await reader.clickSentence('The minister said the bridge opened in 2019.');
  await reader.pressTag('claim');
  await reader.waitUntilSaved();
  await reader.backToLibrary();

  const [layer] = (await readdir(join(app.storeDir, 'annotations'), { recursive: true })).filter(
    (name) => name.endsWith('.json') && !name.includes('reviews'),
  );
  const page = await app.restart();
  await expect(page.getByTestId('store-banner')).toHaveCount(0);
  await writeFile(join(app.storeDir, 'annotations', layer!), '{"schemaVersion":1,"annotations":[');
  await new LibraryPage(page).openArticle('Minister says the bridge opened in 2019');
  await expect(page.getByTestId('store-banner')).toContainText(layer!.split(/[\\/]/).pop()!);
  await expect(page.getByTestId('store-banner')).toContainText('Set it aside');
});

test('a save the disk refuses says why and that the change is kept, and goes through once the file can be written', async ({ app }) => {
  const { reader, path } = await tagWhileTheLayerIsReadOnly(app);
  await expect(reader.saveStatus()).toContainText('is read-only: the change to it was not saved');
  await expect(reader.saveStatus()).toContainText('Your changes are kept here and saved again automatically.');

  await chmod(path, 0o644);
  await app.page.getByTestId('save-retry').click();
  await reader.waitUntilSaved();
  await expect.poll(async () => (JSON.parse(await readFile(path, 'utf8')) as { annotations: unknown[] }).annotations.length).toBe(2);
});

test('closing the Chromium window while the disk refuses a change keeps it open once, saying why; closing again quits', async ({ app }) => {
  await tagWhileTheLayerIsReadOnly(app);

  const page = app.page;
  // As the window's close button does: the page's beforeunload runs first.
  await page.close({ runBeforeUnload: true });
  await expect(page.getByTestId('reader-notice')).toContainText('Factmark stays open: your last changes could not be saved');
  expect(page.isClosed()).toBe(false);

  await page.close({ runBeforeUnload: true });
  await expect.poll(() => page.isClosed()).toBe(true);
});

/**
 * Pastes an article, tags a claim and waits for it to be saved, makes the analyst's layer file
 * read-only, then tags evidence: that save is refused. Returns the reader and the layer's path.
 */
async function tagWhileTheLayerIsReadOnly(app: FactmarkApp): Promise<{ reader: ReaderPage; path: string }> {
  const library = new LibraryPage(app.page);
  await library.pasteArticle('Council says rents fell last year\n\nThe council said rents fell by a tenth. Agents report rents rose.');
  const reader = await library.reader();
  await reader.clickSentence('The council said rents fell by a tenth.');
  await reader.pressTag('claim');
  await reader.waitUntilSaved();
  const [layer] = (await readdir(join(app.storeDir, 'annotations'), { recursive: true })).filter(
    (name) => name.endsWith('.json') && !name.includes('reviews'),
  );
  const path = join(app.storeDir, 'annotations', layer!);
  await chmod(path, 0o444);
  await reader.clickSentence('Agents report rents rose.');
  await reader.pressTag('evidence');
  await expect(reader.saveStatus()).toHaveAttribute('data-state', 'failed');
  return { reader, path };
}
