import { ClaimsPage } from './pages/claims-page';
import { LibraryPage } from './pages/library-page';
import { expect, test } from './support/app-fixture';

const SAMPLE_TITLE = 'Port authority says fuel reserves were full before Calder Bay blackout';
const CLAIM = 'Our reserves stood at 100 per cent';

test('retagging or removing a linked claim from the toolbar or with Shift+1/2/3 asks first, like Delete', async ({ app }) => {
  const reader = await new LibraryPage(app.page).openArticle(SAMPLE_TITLE);
  const claims = new ClaimsPage(app.page);
  await reader.clickSentence(CLAIM);
  await reader.pressTag('claim');
  await reader.clickSentence('Invoices obtained under a freedom-of-information');
  await reader.pressTag('evidence');
  await claims.linkSelectionTo('reserves', 2);
  await expect(claims.markers('refutes')).toHaveCount(1);
  const ask = app.page.getByTestId('remove-claim-dialog');

  // Shift+2 would turn the claim into a denial: asked, and Cancel keeps it a claim.
  await reader.clickSentence(CLAIM);
  await reader.pressTag('denial', { change: true });
  await expect(ask).toBeVisible();
  await expect(ask).toContainText('Retag a linked claim as denial?');
  await ask.getByTestId('remove-claim-cancel').click();
  await expect(reader.card(CLAIM)).toHaveAttribute('data-tag', 'claim');
  await expect(claims.markers('refutes')).toHaveCount(1);

  // The toolbar's Remove tags asks too.
  await reader.clickSentence(CLAIM);
  await app.page.getByTestId('tag-remove').click();
  await expect(ask).toBeVisible();
  await expect(ask).toContainText('Remove a linked claim?');
  await ask.getByTestId('remove-claim-cancel').click();
  await expect(reader.card(CLAIM)).toHaveAttribute('data-tag', 'claim');

  // Shift+click on the denial button asks; keeping the evidence unlinked retags the sentence in one undo step.
  await reader.clickSentence(CLAIM);
  await app.page.getByTestId('tag-denial').click({ modifiers: ['Shift'] });
  await expect(ask).toBeVisible();
  await app.page.screenshot({ path: 'e2e/screenshots/retag-linked-claim.png' });
  await ask.getByTestId('remove-claim-unlink').click();
  await expect(ask).toBeHidden();
  await expect(reader.card(CLAIM)).toHaveAttribute('data-tag', 'denial');
  await expect(claims.markers()).toHaveCount(0);
  await expect(reader.cards()).toHaveCount(2);

  await reader.undo();
  await expect(reader.card(CLAIM)).toHaveAttribute('data-tag', 'claim');
  await expect(claims.markers('refutes')).toHaveCount(1);

  // The toolbar's claim button toggling the claim off asks as well.
  await reader.clickSentence(CLAIM);
  await reader.clickTagButton('claim');
  await expect(ask).toBeVisible();
  await ask.getByTestId('remove-claim-cancel').click();
  await expect(reader.cards()).toHaveCount(2);
  expect(app.pageErrors).toEqual([]);
});
