import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LibraryPage } from './pages/library-page';
import { expect, test } from './support/app-fixture';

test('a damaged library file is set aside, the analyst is told which file and why, and no article is lost', async ({ app }) => {
  const library = new LibraryPage(app.page);
  await library.pasteArticle('Mayor says cycle lanes cut traffic by half\n\nThe mayor said traffic fell by half. Council counts show a 12 per cent fall.');
  await (await library.reader()).backToLibrary();
  await expect(library.items()).toHaveCount(2);
  await app.restart();

  await writeFile(join(app.storeDir, 'library.json'), '{"schemaVersion":1,"documents":[{"id":');
  const page = await app.restart();
  await expect(page.getByTestId('store-banner')).toContainText('library.json');
  await page.screenshot({ path: 'e2e/screenshots/store-recovered.png' });
  await expect(new LibraryPage(page).items()).toHaveCount(2);
});
