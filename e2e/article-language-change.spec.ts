import { join } from 'node:path';
import { LibraryPage } from './pages/library-page';
import { expect, test } from './support/app-fixture';

test.describe.configure({ timeout: 120_000 });

test('the analyst corrects an article’s language from its header by keyboard; the text is re-read and the claim stays on its sentence', async ({
  app,
}) => {
  const chooser = app.page.waitForEvent('filechooser');
  await app.sendCommand('open-file');
  await (await chooser).setFiles(join(import.meta.dirname, 'fixtures', 'scripts', 'zh-metro.html'));
  // The first web page starts the import worker: seconds on a busy two-core machine.
  await expect(app.page.getByTestId('article')).toBeVisible({ timeout: 30_000 });
  const reader = await new LibraryPage(app.page).reader();
  await reader.clickSentence('票价将保持不变');
  await reader.pressTag('claim');
  await reader.waitUntilSaved();

  const language = app.page.getByTestId('reader-lang');
  await expect(language).toHaveText('Chinese (China)');
  await language.focus();
  await app.page.keyboard.press('Enter');
  const dialog = app.page.getByTestId('language-dialog');
  await expect(dialog.getByTestId('language-search')).toBeFocused();
  await app.page.keyboard.type('日本');
  await expect(dialog.getByTestId('language-option')).toHaveText([/Japanese/]);
  await app.page.screenshot({ path: 'e2e/screenshots/language-dialog.png' });
  await app.page.keyboard.press('Enter');
  await expect(dialog.getByTestId('language-confirm')).toContainText('Mark this article as Japanese?');
  await expect(dialog.getByTestId('language-confirm-change')).toBeFocused();
  await app.page.keyboard.press('Enter');

  await expect(language).toHaveText('Japanese');
  await expect(reader.article).toHaveAttribute('lang', 'ja');
  await expect(app.page.getByTestId('version-label')).toHaveText('Version 2 of 2');
  expect(await reader.highlightedTexts('claim')).toEqual(['市长说：“三号线通车后，票价将保持不变。”']);
  await expect(app.page.getByTestId('reanchor-review')).toHaveCount(0);

  // Escape leaves the language as it is.
  await language.click();
  await expect(dialog).toBeVisible();
  await app.page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(language).toBeFocused();
  await expect(language).toHaveText('Japanese');
});
