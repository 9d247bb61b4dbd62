import { ClaimsPage } from './pages/claims-page';
import { expectNoSeriousViolations } from './pages/accessibility-checks';
import { ExportDialog } from './pages/export-dialog';
import { LibraryPage } from './pages/library-page';
import { openSampleArticle, SAMPLE_TITLE } from './pages/sample-article';
import { TrashPage } from './pages/trash-page';
import { expect, test } from './support/app-fixture';

// The dialogs the first accessibility story never opens, each checked by axe in the light and
// the dark theme (the theme follows the system setting, so one app serves both): one launch for
// the whole file, each dialog opened by its keys as a keyboard user would.

const BLACKOUT = 'The blackout lasted 19 hours';
const INVOICES = 'Invoices obtained under a freedom-of-information request';

test('the link picker, evidence editor, export, remove-claim, language and history dialogs over an article, and the trash with its delete-for-good question, pass axe in both themes', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const page = app.page;
  const reader = await openSampleArticle(page);
  const claims = new ClaimsPage(page);

  await reader.clickSentence(BLACKOUT);
  await reader.pressTag('claim');
  await reader.clickSentence(INVOICES);
  await reader.pressTag('evidence');

  await page.keyboard.press('l');
  await expect(claims.linkPicker).toBeVisible();
  // The chosen stance (Supports) is the one the dark theme once drew white on light grey.
  await expect(claims.linkPicker.getByRole('radio', { checked: true })).toHaveText(/Supports/);
  await expectNoSeriousViolations(page, 'link picker');
  await page.keyboard.press('Enter');
  await expect(claims.linkPicker).toBeHidden();

  await claims.openEvidenceEditor();
  await expectNoSeriousViolations(page, 'evidence editor');
  await claims.closeEditor('evidence');

  await page.keyboard.press('Control+e');
  const exporting = new ExportDialog(page);
  await exporting.waitUntilOpen();
  await expectNoSeriousViolations(page, 'export dialog');
  await page.keyboard.press('Escape');
  await expect(exporting.root).toBeHidden();

  // Retagging the claim the evidence supports asks before the link goes.
  await reader.clickSentence(BLACKOUT);
  await reader.pressTag('denial', { change: true });
  const removeClaim = page.getByTestId('remove-claim-dialog');
  await expect(removeClaim).toBeVisible();
  await expectNoSeriousViolations(page, 'remove-claim dialog');
  await removeClaim.getByTestId('remove-claim-cancel').click();
  await expect(removeClaim).toBeHidden();

  await page.getByTestId('reader-lang').focus();
  await page.keyboard.press('Enter');
  const language = page.getByTestId('language-dialog');
  await expect(language.getByTestId('language-search')).toBeFocused();
  await expectNoSeriousViolations(page, 'language dialog');
  await page.keyboard.press('Escape');
  await expect(language).toBeHidden();

  await reader.clickSentence(BLACKOUT);
  await claims.openClaimEditor();
  await claims.field('claim-history').click();
  const history = page.getByTestId('history-panel');
  await expect(history.getByTestId('history-not-synced')).toBeVisible();
  await expectNoSeriousViolations(page, 'history panel');
  await page.keyboard.press('Escape');
  await expect(history).toBeHidden();
  await claims.closeEditor('claim');

  await reader.backToLibrary();
  await new LibraryPage(page).trashWithKeyboard(SAMPLE_TITLE);
  const trash = new TrashPage(page);
  await trash.open();
  await expectNoSeriousViolations(page, 'trash view');
  await trash.askToDelete(SAMPLE_TITLE);
  await expectNoSeriousViolations(page, 'delete-for-good dialog');
  await trash.answer(false);
  await expect(trash.confirmation).toBeHidden();
});
