import { LibraryPage } from './pages/library-page';
import { openSampleArticle } from './pages/sample-article';
import { SettingsDialog } from './pages/settings-dialog';
import { expect, test } from './support/app-fixture';

const readingFontSize = (page: import('@playwright/test').Page) =>
  page.locator('.reader-column').evaluate((column) => parseFloat(column.ownerDocument.defaultView!.getComputedStyle(column).fontSize));

test('appearance, text size and reading width apply at once and stay after a restart; Ctrl+= / Ctrl+- / Ctrl+0 zoom the reading text', async ({
  app,
}) => {
  await new LibraryPage(app.page).waitUntilShown();
  const settings = new SettingsDialog(app.page);
  await settings.open();
  await settings.field('settings-appearance').selectOption({ label: 'Dark' });
  await expect(app.page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await settings.field('settings-reading-width').selectOption({ label: 'Wide' });
  await expect(settings.field('settings-store-dir')).toHaveText(app.storeDir);
  await app.page.screenshot({ path: 'test-results/settings-reading-dark.png' });
  await settings.field('settings-appearance').selectOption({ label: 'Light' });
  await expect(app.page.locator('html')).toHaveAttribute('data-theme', 'light');
  await settings.field('settings-appearance').selectOption({ label: 'Dark' });
  await settings.field('settings-cancel').click();

  await openSampleArticle(app.page);
  expect(await readingFontSize(app.page)).toBe(18);
  await app.page.keyboard.press('Control+=');
  await expect.poll(() => readingFontSize(app.page)).toBeCloseTo(19.8, 1);
  await app.page.keyboard.press('Control+-');
  await app.page.keyboard.press('Control+-');
  await expect.poll(() => readingFontSize(app.page)).toBeCloseTo(16.2, 1);
  await app.page.keyboard.press('Control+0');
  await expect.poll(() => readingFontSize(app.page)).toBe(18);
  await app.page.keyboard.press('Control+=');
  await expect.poll(() => readingFontSize(app.page)).toBeCloseTo(19.8, 1);
  await app.page.screenshot({ path: 'test-results/reader-dark-larger.png' });

  await app.restart();
  const library = new LibraryPage(app.page);
  await library.waitUntilShown();
  await expect(app.page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await library.openArticle('Port authority');
  await expect.poll(() => readingFontSize(app.page)).toBeCloseTo(19.8, 1);
});

test.describe('reopening the last article', () => {
  test.use({ reopenLast: true });

  test('turned off in the settings, the next start shows the library', async ({ app }) => {
    const reader = await openSampleArticle(app.page);
    await reader.backToLibrary();
    const settings = new SettingsDialog(app.page);
    await settings.open();
    const reopen = settings.field('settings-reopen-last');
    await expect(reopen).toBeChecked();
    await reopen.scrollIntoViewIfNeeded();
    await reopen.uncheck();
    await expect(reopen).not.toBeChecked();
    await app.page.screenshot({ path: 'test-results/settings-reading.png' });
    await settings.field('settings-cancel').click();

    await app.restart();
    await new LibraryPage(app.page).waitUntilShown();
    await expect(app.page.getByTestId('recent-item')).toHaveCount(1);
    await expect(app.page.getByTestId('reader')).toHaveCount(0);
  });
});
