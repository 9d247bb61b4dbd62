import type { Page } from '@playwright/test';
import { LibraryPage } from './pages/library-page';
import { SearchPage } from './pages/search-page';
import { SettingsDialog } from './pages/settings-dialog';
import { expect, test } from './support/app-fixture';

const SAMPLE_TITLE = 'Port authority says fuel reserves were full before Calder Bay blackout';

/**
 * Records each key and whether its default (the browser's find bar) was cancelled by the time it
 * reaches the document. Heard on the way down: a dialog keeps its keys from going back up.
 */
async function watchKeys(page: Page): Promise<void> {
  await page.evaluate(`
    window.__factmarkKeys = [];
    document.addEventListener('keydown', (event) => window.__factmarkKeys.push({ key: event.key, prevented: event.defaultPrevented }), true);
  `);
}

async function lastKey(page: Page): Promise<{ key: string; prevented: boolean }> {
  return page.evaluate<{ key: string; prevented: boolean }>(`window.__factmarkKeys.at(-1)`);
}

test('in the library Ctrl+F opens the library search, and the browser’s find keys never reach the browser', async ({ app }) => {
  const library = new LibraryPage(app.page);
  const search = new SearchPage(app.page);
  await library.waitUntilShown();
  await watchKeys(app.page);

  for (const key of ['Control+G', 'Control+Shift+G', 'F3', 'Shift+F3']) {
    await app.page.keyboard.press(key);
    expect(await lastKey(app.page), key).toMatchObject({ prevented: true });
  }
  await expect(search.library).toBeHidden();

  await app.page.keyboard.press('Control+f');
  await expect(search.libraryInput).toBeFocused();
  expect(await lastKey(app.page)).toMatchObject({ key: 'f', prevented: true });
  await search.libraryInput.pressSequentially('blackout');
  await expect(search.results().first()).toBeVisible();
});

test('over a dialog Ctrl+F and F3 do nothing: the dialog stays open with focus where it was', async ({ app }) => {
  const settings = new SettingsDialog(app.page);
  await new LibraryPage(app.page).waitUntilShown();
  await settings.open();
  const field = settings.field('org-name');
  await field.fill('Calder Fact Desk');
  await watchKeys(app.page);

  for (const key of ['Control+f', 'F3', 'Control+g']) {
    await app.page.keyboard.press(key);
    expect(await lastKey(app.page), key).toMatchObject({ prevented: true });
  }
  await expect(settings.dialog).toBeVisible();
  await expect(field).toBeFocused();
  await expect(field).toHaveValue('Calder Fact Desk');
  await expect(new SearchPage(app.page).library).toBeHidden();
});

test('in an article Ctrl+F is still the article’s find bar, and F3 from the text steps through its hits', async ({ app }) => {
  const reader = await new LibraryPage(app.page).openArticle(SAMPLE_TITLE);
  const search = new SearchPage(app.page);
  await search.find('regional');
  await expect(search.findCount).toHaveText('1 of 4');
  await reader.article.focus();
  await watchKeys(app.page);

  await app.page.keyboard.press('F3');
  await expect(search.findCount).toHaveText('2 of 4');
  expect(await lastKey(app.page)).toMatchObject({ key: 'F3', prevented: true });
  await app.page.keyboard.press('Shift+F3');
  await expect(search.findCount).toHaveText('1 of 4');
  await expect(search.library).toBeHidden();
});
