import type { Page } from '@playwright/test';
import { ExportDialog } from './pages/export-dialog';
import { LibraryPage } from './pages/library-page';
import { openSampleArticle } from './pages/sample-article';
import { expect, test } from './support/app-fixture';

/** Marks the page (a reload would lose the mark) and records, last of all listeners, whether each key's default was cancelled. */
async function watchKeys(page: Page): Promise<void> {
  await page.evaluate(`
    window.__factmarkMark = 'same page';
    window.__factmarkKeys = [];
    window.addEventListener('keydown', (event) => window.__factmarkKeys.push({ key: event.key, prevented: event.defaultPrevented }));
  `);
}

async function lastKey(page: Page): Promise<{ key: string; prevented: boolean; mark: string }> {
  return page.evaluate<{ key: string; prevented: boolean; mark: string }>(
    `({ ...window.__factmarkKeys.at(-1), mark: window.__factmarkMark })`,
  );
}

test('reload, close, new-window, print and navigation keys leave the open article where it was', async ({ app }) => {
  const reader = await openSampleArticle(app.page);
  const documentId = await reader.root.getAttribute('data-document-id');
  await watchKeys(app.page);

  for (const key of [
    'F5',
    'Control+R',
    'Control+Shift+R',
    'Control+W',
    'Control+T',
    'Control+N',
    'Control+P',
    'Alt+ArrowRight',
    'Backspace',
  ]) {
    await app.page.keyboard.press(key);
    expect(await lastKey(app.page), key).toMatchObject({ prevented: true, mark: 'same page' });
    await expect(reader.root).toHaveAttribute('data-document-id', documentId!);
  }
  expect(app.page.isClosed()).toBe(false);
});

test('the keys the app owns do its commands instead: Ctrl+E exports, Ctrl+L and Alt+← go back to the library without reloading', async ({
  app,
}) => {
  const library = new LibraryPage(app.page);
  await openSampleArticle(app.page);
  await watchKeys(app.page);

  await app.page.keyboard.press('Control+E');
  const dialog = new ExportDialog(app.page);
  await dialog.waitUntilOpen();
  await app.page.keyboard.press('Escape');
  // Gone from the page, not only closed: the app's keys resume once the dialog has unmounted.
  await expect(dialog.root).toHaveCount(0);

  await app.page.keyboard.press('Control+L');
  await library.waitUntilShown();
  expect(await lastKey(app.page)).toMatchObject({ key: expect.stringMatching(/^l$/i), prevented: true, mark: 'same page' });

  await openSampleArticle(app.page);
  await app.page.keyboard.press('Alt+ArrowLeft');
  await library.waitUntilShown();
  expect(await lastKey(app.page)).toMatchObject({ key: 'ArrowLeft', prevented: true, mark: 'same page' });
});

test('in a text field Backspace still deletes and Ctrl+R is still kept from the browser; Ctrl+E still exports', async ({ app }) => {
  await openSampleArticle(app.page);
  await app.page.keyboard.press('t');
  const filter = app.page.getByTestId('claims-filter-text');
  await filter.click();
  await app.page.keyboard.type('ab');
  await watchKeys(app.page);
  await app.page.keyboard.press('Backspace');
  await expect(filter).toHaveValue('a');
  expect(await lastKey(app.page)).toMatchObject({ key: 'Backspace', prevented: false });
  await app.page.keyboard.press('Control+R');
  expect(await lastKey(app.page)).toMatchObject({ key: expect.stringMatching(/^r$/i), prevented: true, mark: 'same page' });
  await expect(filter).toHaveValue('a');

  await app.page.keyboard.press('Control+E');
  await new ExportDialog(app.page).waitUntilOpen();
});
