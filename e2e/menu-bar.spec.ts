import { commandsIn, MENU_NAMES } from '../shared/commands';
import { ExportDialog } from './pages/export-dialog';
import { LibraryPage } from './pages/library-page';
import { MenuBar } from './pages/menu-bar';
import { VersionsPage } from './pages/versions-page';
import { openSampleArticle } from './pages/sample-article';
import { expect, test } from './support/app-fixture';

const CLAIM = 'Our reserves stood at 100 per cent on the night of the storm';

test('every menu opens by mouse and by keyboard and lists its commands with their keys', async ({ app }) => {
  await openSampleArticle(app.page);
  const menus = new MenuBar(app.page);

  for (const name of MENU_NAMES) {
    const ids = commandsIn(name).map((command) => command.id);
    await menus.openWithMouse(name);
    expect(await menus.itemIds()).toEqual(ids);
    await app.page.keyboard.press('Escape');
    await expect(menus.popup).toHaveCount(0);

    await menus.openWithKeyboard(name);
    expect(await menus.itemIds()).toEqual(ids);
    await expect(menus.item(ids[0]!)).toBeFocused();
    await app.page.keyboard.press('Escape');
    await expect(menus.popup).toHaveCount(0);
  }

  await menus.openWithMouse('File');
  await expect(menus.item('export-document')).toContainText('Ctrl+E');
  await expect(menus.item('open-file')).toContainText('Ctrl+O');
  // Moving the pointer along the bar with a menu open opens the next one, as on a desktop.
  await menus.menu('Edit').hover();
  await expect(menus.menu('Edit')).toHaveAttribute('aria-expanded', 'true');
  await expect(menus.item('undo')).toContainText('Ctrl+Z');
  // Right of the Edit menu, whose popup hangs over the article's left edge.
  await app.page.getByTestId('article').click({ position: { x: 700, y: 5 } });
  await expect(menus.popup).toHaveCount(0);
});

test('Alt goes to the menu bar, arrows move along it, and Escape gives focus back to the note being written', async ({ app }) => {
  const reader = await openSampleArticle(app.page);
  await reader.clickSentence(CLAIM);
  await reader.pressTag('claim');
  await reader.page.keyboard.press('n');
  const note = app.page.locator('[data-note-field]');
  await expect(note).toBeFocused();

  const menus = new MenuBar(app.page);
  await app.page.keyboard.press('Alt');
  await expect(menus.menu('File')).toBeFocused();
  await app.page.keyboard.press('ArrowLeft');
  await expect(menus.menu('Help')).toBeFocused();
  await app.page.keyboard.press('Enter');
  await expect(menus.item('show-help')).toBeFocused();
  await app.page.keyboard.press('Escape');
  await expect(note).toBeFocused();

  // Alt+letter opens that menu at once; Alt again leaves the bar.
  await app.page.keyboard.press('Alt+V');
  await expect(menus.item('toggle-sidebar')).toBeFocused();
  await app.page.keyboard.press('Alt');
  await expect(menus.popup).toHaveCount(0);
  await expect(note).toBeFocused();
});

test('in the library, commands that need an article are shown disabled and do nothing', async ({ app }) => {
  const library = new LibraryPage(app.page);
  await library.waitUntilShown();
  const menus = new MenuBar(app.page);
  await menus.openWithMouse('File');
  await expect(menus.item('export-document')).toHaveAttribute('aria-disabled', 'true');
  await expect(menus.item('open-file')).toHaveAttribute('aria-disabled', 'false');
  await menus.item('export-document').click({ force: true });
  await expect(app.page.getByTestId('export-dialog')).toHaveCount(0);
  await app.page.keyboard.press('Escape');

  await menus.openWithMouse('View');
  await expect(menus.item('compare-versions')).toHaveAttribute('aria-disabled', 'true');
  await expect(menus.item('show-palette')).toHaveAttribute('aria-disabled', 'false');
});

test('File › Export… runs from the menu bar, by mouse and by keyboard, and writes the report', async ({ app }) => {
  await openSampleArticle(app.page);
  const menus = new MenuBar(app.page);
  const dialog = new ExportDialog(app.page);

  await menus.runWithMouse('File', 'export-document');
  await dialog.waitUntilOpen();
  const download = await dialog.export();
  expect(download.suggestedFilename()).toMatch(/\.html$/);
  await expect(dialog.root).toHaveCount(0);

  await menus.runWithKeyboard('File', 'export-document');
  await dialog.waitUntilOpen();
  await app.page.keyboard.press('Escape');
  await expect(dialog.root).toHaveCount(0);
});

test('F10 pressed the moment a dialog closes goes to the menu bar, and the closing dialog does not take focus back', async ({ app }) => {
  await openSampleArticle(app.page);
  const menus = new MenuBar(app.page);
  const dialog = new ExportDialog(app.page);
  await menus.runWithMouse('File', 'export-document');
  await dialog.waitUntilOpen();
  // F10 arrives in the same moment the dialog leaves the page, before React has finished closing it.
  await app.page.evaluate(`
    const watch = new MutationObserver(() => {
      if (document.querySelector('[data-testid="export-dialog"]')) return;
      watch.disconnect();
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'F10', bubbles: true }));
    });
    watch.observe(document.body, { childList: true, subtree: true });
  `);
  await dialog.export();
  await expect(dialog.root).toHaveCount(0);
  // React finishes closing a dialog (its effects' cleanup) before the next frames are drawn.
  await app.page.evaluate(`new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn)))`);
  await expect(menus.menu('File')).toBeFocused();
});

test('File › Import Colleague’s Annotations… and Open… reach their file choosers from the menu bar', async ({ app }) => {
  await openSampleArticle(app.page);
  const menus = new MenuBar(app.page);
  for (const id of ['import-colleague', 'open-file', 'import-version'] as const) {
    const chooser = app.page.waitForEvent('filechooser');
    await menus.runWithMouse('File', id);
    await chooser;
  }
});

test('View and Review commands run from the menu bar: claims table, sidebar, review mode, help', async ({ app }) => {
  const reader = await openSampleArticle(app.page);
  const menus = new MenuBar(app.page);

  await menus.runWithMouse('View', 'show-claims');
  await expect(app.page.getByTestId('claims-table')).toBeVisible();
  await menus.runWithKeyboard('View', 'toggle-sidebar');
  await expect(reader.sidebar).toBeHidden();
  await menus.runWithKeyboard('View', 'toggle-sidebar');
  await expect(app.page.getByTestId('toggle-sidebar')).toHaveAttribute('aria-pressed', 'true');

  await menus.runWithMouse('Review', 'toggle-review');
  await expect(app.page.getByTestId('toggle-review')).toHaveAttribute('aria-pressed', 'true');
  await menus.openWithMouse('Review');
  await expect(menus.item('next-disagreement')).toHaveAttribute('aria-disabled', 'false');
  await app.page.keyboard.press('Escape');

  await menus.runWithKeyboard('Help', 'show-help');
  await expect(app.page.getByTestId('help-dialog')).toBeVisible();
});

test('Edit › Undo acts on the text of the focused field, and on the tags from the article', async ({ app }) => {
  const reader = await openSampleArticle(app.page);
  await reader.clickSentence(CLAIM);
  await reader.pressTag('claim');
  await expect(reader.highlights('claim')).toHaveCount(1);

  await app.page.keyboard.press('t');
  const filter = app.page.getByTestId('claims-filter-text');
  // One insertion, so one step of the field's own history (typed keys may coalesce into one or several).
  await filter.fill('reserves');
  await expect(filter).toHaveValue('reserves');

  const menus = new MenuBar(app.page);
  await menus.runWithMouse('Edit', 'undo');
  await expect(filter).toHaveValue('');
  await expect(reader.highlights('claim')).toHaveCount(1);
  await menus.runWithMouse('Edit', 'redo');
  await expect(filter).toHaveValue('reserves');

  // Electron's menu sends the same command; with focus in the field it is the field's undo too.
  await app.sendCommand('undo');
  await expect(filter).toHaveValue('');
  await expect(reader.highlights('claim')).toHaveCount(1);

  await reader.clickSentence(CLAIM);
  await menus.runWithMouse('Edit', 'undo');
  await expect(reader.highlights('claim')).toHaveCount(0);
  await app.sendCommand('redo');
  await expect(reader.highlights('claim')).toHaveCount(1);
});

test('Edit › Select All, Cut and Paste act on the focused field', async ({ app }) => {
  await openSampleArticle(app.page);
  await app.page.keyboard.press('t');
  const filter = app.page.getByTestId('claims-filter-text');
  await filter.click();
  await app.page.keyboard.type('reserves');
  const menus = new MenuBar(app.page);
  await menus.runWithMouse('Edit', 'select-all');
  await menus.runWithMouse('Edit', 'cut');
  await expect(filter).toHaveValue('');
  await menus.runWithKeyboard('Edit', 'paste');
  await expect(filter).toHaveValue('reserves');
});

test('View › Compare Versions turns on once the article has a second version, and opens the comparison', async ({ app }) => {
  test.setTimeout(60_000);
  const first =
    'The harbour wall will be rebuilt next year. The council has not said who pays. Ships will use the southern berths meanwhile.';
  const second = first.replace('next year', 'by the end of next year');
  await new LibraryPage(app.page).pasteArticle(first, 'Harbour wall');
  const versions = new VersionsPage(app.page);
  await expect(versions.label()).toHaveText('Version 1 of 1', { timeout: 30_000 });
  const menus = new MenuBar(app.page);
  await menus.openWithMouse('View');
  await expect(menus.item('compare-versions')).toHaveAttribute('aria-disabled', 'true');
  await app.page.keyboard.press('Escape');

  await versions.importNewVersion({ name: 'harbour-wall-2.txt', mimeType: 'text/plain', buffer: Buffer.from(second) });
  await expect(versions.label()).toHaveText('Version 2 of 2', { timeout: 30_000 });
  // The new version's text opens with focus on the article; the menu bar is reached from there.
  await expect(app.page.getByTestId('article')).toBeFocused();
  await menus.runWithKeyboard('View', 'compare-versions');
  await expect(versions.insertions().first()).toContainText('by the end of');
});

test('File › Quit saves the tag just made and closes the window; it is there after reopening', async ({ app }) => {
  const reader = await openSampleArticle(app.page);
  await reader.clickSentence(CLAIM);
  await reader.pressTag('claim');
  const closed = app.page.waitForEvent('close');
  await new MenuBar(app.page).openWithMouse('File');
  await new MenuBar(app.page).item('quit').click();
  await closed;

  const page = await app.restart();
  const reopened = await openSampleArticle(page);
  await expect(reopened.highlights('claim')).toHaveCount(1);
});
