import { COMMANDS } from '../shared/commands';
import { HelpDialog } from './pages/help-dialog';
import { openSampleArticle } from './pages/sample-article';
import { expect, test } from './support/app-fixture';

test('? lists every command of the menus with its keys, Export included, and the reader’s own keys', async ({ app }) => {
  await openSampleArticle(app.page);
  const help = new HelpDialog(app.page);
  await help.open();
  expect(await help.commandIds()).toEqual(COMMANDS.map((command) => command.id));
  await expect(help.row('export-document')).toContainText('Ctrl+E');
  await expect(help.row('export-document')).toContainText('Export…');
  await expect(help.row('show-palette')).toContainText('Ctrl+K');
  await expect(help.root).toContainText('Toggle claim / denial / evidence on the selection');
  await expect(help.root).toContainText('Go to the menu bar');
});
