import { ExportDialog } from './pages/export-dialog';
import { CommandPalette } from './pages/command-palette';
import { LibraryPage } from './pages/library-page';
import { openSampleArticle } from './pages/sample-article';
import { expect, test } from './support/app-fixture';

test('the palette (Ctrl+Shift+P) finds a command as the analyst types, shows its key, and runs it with Enter', async ({ app }) => {
  await openSampleArticle(app.page);
  const palette = new CommandPalette(app.page);
  await palette.open('Control+Shift+P');
  await palette.input.fill('exp');
  await expect(palette.options().first()).toHaveAttribute('data-command-id', 'export-document');
  await expect(palette.options().first()).toContainText('Ctrl+E');
  await app.page.keyboard.press('Enter');
  await expect(palette.root).toHaveCount(0);
  await new ExportDialog(app.page).waitUntilOpen();
});

test('the palette (Ctrl+K) moves with the arrows, and lists what cannot run now last, without running it', async ({ app }) => {
  await new LibraryPage(app.page).waitUntilShown();
  const palette = new CommandPalette(app.page);
  await palette.open('Control+K');
  // The palette reads descriptions too: Sync Now says Settings › Team connects it, so it follows
  // Settings…, whose own name matches and ranks first.
  await palette.input.fill('settings');
  await expect(palette.options()).toHaveCount(2);
  await expect(palette.options().first()).toHaveAttribute('data-command-id', 'show-settings');
  await expect(palette.options().last()).toHaveAttribute('data-command-id', 'sync-now');
  await palette.input.fill('');
  // In the library nothing can be exported: Export is listed after every command that can run.
  await expect(palette.options().last()).toHaveAttribute('aria-disabled', 'true');
  await palette.input.fill('export');
  await expect(palette.option('export-document')).toHaveAttribute('aria-disabled', 'true');
  await app.page.keyboard.press('Enter');
  await expect(palette.root).toBeVisible();

  await palette.input.fill('');
  await app.page.keyboard.press('ArrowDown');
  await expect(palette.options().nth(1)).toHaveAttribute('aria-selected', 'true');
  await palette.run('sett');
  await expect(app.page.getByTestId('settings-dialog')).toBeVisible();
});
