import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LibraryPage } from './pages/library-page';
import { openSampleArticle, SAMPLE_TITLE } from './pages/sample-article';
import { TrashPage } from './pages/trash-page';
import { expect, test } from './support/app-fixture';

const COLIN = { id: 'colin', name: 'Colin Colleague' };

test('emptying the trash asks first, naming how many, then deletes the analyst’s files for good and keeps a colleague’s', async ({
  app,
}) => {
  const library = new LibraryPage(app.page);
  const trash = new TrashPage(app.page);
  const reader = await openSampleArticle(app.page);
  const sampleId = (await reader.root.getAttribute('data-document-id'))!;
  await reader.clickSentence('Our reserves stood at 100 per cent');
  await reader.pressTag('claim');
  await reader.waitUntilSaved();
  // A colleague's layer on the sample article, as sync or a shared folder would bring it.
  const folder = join(app.storeDir, 'annotations', sampleId);
  const mine = JSON.parse(await readFile(join(folder, 'tess.json'), 'utf8')) as { annotations: { creator: unknown; id: string }[] };
  const theirs = { ...mine, analyst: COLIN, annotations: mine.annotations.map((a) => ({ ...a, id: `colin-${a.id}`, creator: COLIN })) };
  await writeFile(join(folder, 'colin.json'), JSON.stringify(theirs));
  await reader.backToLibrary();
  await library.pasteArticle('The council said the bridge would reopen in May.\n\nEngineers disagreed.', 'Bridge reopening');
  await (await library.reader()).backToLibrary();
  await library.waitUntilShown();

  await library.trashWithKeyboard(SAMPLE_TITLE);
  await library.trashWithKeyboard('Bridge reopening');
  await trash.open();
  await trash.askToDelete('Bridge reopening');
  await expect(trash.confirmation).toContainText('Delete “Bridge reopening” permanently?');
  await trash.answer(false);
  await expect(trash.item('Bridge reopening')).toHaveCount(1);

  await trash.askToEmpty();
  await expect(trash.confirmation).toContainText('Delete 2 articles permanently?');
  await expect(trash.confirmation).toContainText('cannot be undone');
  await expect(trash.confirmation).toContainText('stays in the casebook for them');
  await app.page.screenshot({ path: 'test-results/trash-empty-confirm.png' });
  await trash.answer(true);
  await expect(app.page.getByTestId('trash-empty-state')).toBeVisible();
  await expect(app.page.getByTestId('library-deleted-notice')).toHaveText(
    'Deleted 2 articles permanently; 1 a colleague annotated stays in the casebook for them, hidden from you.',
  );
  expect(await readdir(folder)).toEqual(['colin.json']);
  expect(await readFile(join(folder, 'colin.json'), 'utf8')).toBe(JSON.stringify(theirs));
  expect(await readdir(join(app.storeDir, 'documents'))).toEqual([`${sampleId}.json`]);

  await app.restart();
  const after = new LibraryPage(app.page);
  await after.waitUntilShown();
  await expect(after.items()).toHaveCount(0);
  await expect(app.page.getByTestId('library-show-trash')).toHaveText('Trash (0)');
});
