import { LibraryPage } from './pages/library-page';
import { SettingsDialog } from './pages/settings-dialog';
import { expect, test } from './support/app-fixture';

test('Settings shows the store’s folder, and Show in folder hands that folder to the system', async ({ app }) => {
  await new LibraryPage(app.page).waitUntilShown();
  const settings = new SettingsDialog(app.page);
  await settings.open();
  await expect(settings.field('settings-store-dir')).toHaveText(app.storeDir);

  await settings.field('settings-show-store-dir').click();
  await expect.poll(() => app.openedFolders).toEqual([app.storeDir]);
  await expect(settings.dialog.getByRole('alert')).toHaveCount(0);
});
