import { LibraryPage } from './pages/library-page';
import { expect, test } from './support/app-fixture';

// A dialog opens where the analyst types, not on its close button, so keys work at once.

test('the paste dialog takes the article straight away: typing goes to its text and Ctrl+Enter imports it', async ({ app }) => {
  const library = new LibraryPage(app.page);
  await library.waitUntilShown();
  await app.page.keyboard.press('Control+Shift+V');
  const dialog = app.page.getByTestId('paste-dialog');
  await expect(dialog.getByTestId('paste-text')).toBeFocused();
  await app.page.keyboard.type(
    'Council denies the bridge was shut\n\nThe council said the bridge stayed open. Cameras show it closed on Tuesday.',
  );
  await app.page.keyboard.press('Control+Enter');
  await expect(dialog).toHaveCount(0);
  await expect(app.page.getByTestId('reader')).toBeVisible();
  await expect(app.page.getByText('Cameras show it closed on Tuesday.')).toBeVisible();
});

test.describe('first run', () => {
  test.use({ firstRun: true });

  test('the welcome dialog starts in the name field', async ({ app }) => {
    const dialog = app.page.getByTestId('profile-dialog');
    await expect(dialog.getByTestId('profile-name')).toBeFocused();
    await app.page.keyboard.type('Ana López');
    await expect(dialog.getByTestId('profile-name')).toHaveValue('Ana López');
  });
});
