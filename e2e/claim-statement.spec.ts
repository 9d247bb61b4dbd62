import { ClaimsPage } from './pages/claims-page';
import { LibraryPage } from './pages/library-page';
import { expect, test } from './support/app-fixture';

const LONG_CLAIM =
  'The Calder Bay Port Authority insisted on Thursday that its emergency fuel tanks were full when a storm cut power to the harbour on March 3, but delivery records suggest otherwise.';

test('a drafted claim record says it is not saved yet and can be kept as drafted; its statement shows whole and stays one line of text when Enter is pressed or lines are pasted', async ({
  app,
}) => {
  const library = new LibraryPage(app.page);
  await library.pasteArticle(LONG_CLAIM, 'Calder Bay statement');
  const reader = await library.reader();
  const claims = new ClaimsPage(app.page);

  await reader.clickSentence('The Calder Bay Port Authority insisted');
  await reader.pressTag('claim');
  await claims.openClaimEditor();
  await expect(claims.field('claim-draft')).toContainText('not saved yet');
  await expect(claims.field('claim-keep-draft')).toBeInViewport();
  const statement = claims.field('claim-statement');
  await expect(statement).toHaveValue(/^Its emergency fuel tanks were full .{80,}/);
  // Every character is in view: nothing scrolled off to the side or below.
  const fits = await statement.evaluate((box) => box.scrollWidth <= box.clientWidth && box.scrollHeight <= box.clientHeight);
  expect(fits).toBe(true);
  const lines = await statement.evaluate((box) =>
    Math.round(box.clientHeight / parseFloat(box.ownerDocument.defaultView!.getComputedStyle(box).lineHeight)),
  );
  expect(lines).toBeGreaterThan(1);
  const claimant = await claims.field('claimant-name').inputValue();
  expect(claimant).toContain('Calder Bay Port Authority');

  // Kept as drafted, the claimant the record showed is the one the claims table lists.
  await claims.field('claim-keep-draft').click();
  await expect(claims.field('claim-draft')).toBeHidden();
  await claims.closeEditor('claim');
  await claims.showTable();
  await expect(claims.rows().getByTestId('claim-row-claimant')).toContainText(claimant);

  await claims.openClaimEditor();
  await statement.fill('The tanks were full');
  await statement.press('End');
  await statement.press('Enter');
  await statement.pressSequentially(' on March 3');
  await expect(statement).toHaveValue('The tanks were full on March 3');
  await statement.selectText();
  await app.page.keyboard.insertText('The tanks\nwere full\r\n on March 3');
  await expect(statement).toHaveValue('The tanks were full on March 3');
});
