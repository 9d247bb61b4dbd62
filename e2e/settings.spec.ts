import { ClaimsPage } from './pages/claims-page';
import { LibraryPage } from './pages/library-page';
import { SettingsDialog } from './pages/settings-dialog';
import { expect, test } from './support/app-fixture';

const SAMPLE_TITLE = 'Port authority says fuel reserves were full before Calder Bay blackout';
const DESK_SCALE = 'Harbour Check scale';
const ORGANISATION = { name: 'Harbour Check', url: 'https://harbourcheck.example', pattern: 'https://harbourcheck.example/checks/{slug}' };

test('an analyst defines the desk’s own rating scale, rates a claim on it, sets the organisation, and finds it all after reopening', async ({
  app,
}) => {
  await new LibraryPage(app.page).waitUntilShown();
  let settings = new SettingsDialog(app.page);
  await settings.open();
  await expect(settings.field('settings-rating-scale')).toBeFocused();

  // A label twice is named, and nothing is kept until it is put right.
  await settings.draftScale(DESK_SCALE, [
    { label: 'Fabricated', group: 'false' },
    { label: 'Misleading', group: 'mixed' },
    { label: 'fabricated', group: 'true' },
  ]);
  await settings.editor.getByTestId('scale-keep').click();
  await expect(settings.editor.getByTestId('scale-problems')).toHaveText(
    'Label 3 (fabricated) appears twice (labels differ by more than case).',
  );
  await expect(settings.field('settings-save')).toBeDisabled();
  await app.page.screenshot({ path: 'e2e/screenshots/settings-scale-problems.png' });
  await settings.editor.getByTestId('scale-label').nth(2).fill('Accurate');
  await settings.keepScale();
  await expect(settings.scale(DESK_SCALE)).toContainText('1 Fabricated · 2 Misleading · 3 Accurate');

  await settings.field('settings-rating-scale').selectOption({ label: DESK_SCALE });
  await settings.setOrganisation(ORGANISATION);
  await app.page.screenshot({ path: 'e2e/screenshots/settings-dialog.png' });
  await settings.save();

  let reader = await new LibraryPage(app.page).openArticle(SAMPLE_TITLE);
  let claims = new ClaimsPage(app.page);
  await reader.clickSentence('Our reserves stood at 100 per cent');
  await reader.pressTag('claim');
  await claims.openClaimEditor();
  await expect(claims.field('rating-scale')).toHaveValue('workspace-1');
  await claims.recordVerdict('needs-review', 'Misleading', 'Reserves were full only after the storm.');
  await expect(claims.field('verdict-label')).toHaveValue('Misleading');
  await claims.closeEditor('claim');
  await reader.waitUntilSaved();

  await app.restart();
  reader = await new LibraryPage(app.page).openArticle(SAMPLE_TITLE);
  claims = new ClaimsPage(app.page);
  await claims.showTable();
  await expect(claims.rows().first().getByTestId('claim-row-verdict')).toContainText('Misleading');
  await expect(claims.rows().first()).toHaveAttribute('data-group', 'mixed');

  settings = new SettingsDialog(app.page);
  await settings.open();
  await expect(settings.field('settings-rating-scale')).toHaveValue('workspace-1');
  await expect(settings.field('org-name')).toHaveValue(ORGANISATION.name);
  await expect(settings.field('org-url')).toHaveValue(ORGANISATION.url);
  await expect(settings.field('org-pattern')).toHaveValue(ORGANISATION.pattern);
  await expect(settings.scale(DESK_SCALE)).toContainText('used by 1 verdict');

  // Deleting the scale the verdict is on says so first; keeping it changes nothing.
  await settings.scale(DESK_SCALE).getByTestId('settings-scale-delete').click();
  await expect(settings.field('scale-delete-confirm')).toContainText('“Harbour Check scale” is used by 1 verdict on 1 article.');
  await app.page.screenshot({ path: 'e2e/screenshots/settings-delete-in-use.png' });
  await settings.field('scale-delete-confirm').getByRole('button', { name: 'Keep it' }).click();
  await expect(settings.scale(DESK_SCALE)).toBeVisible();
  await app.page.keyboard.press('Escape');
  await expect(settings.dialog).toBeHidden();
  expect(app.pageErrors).toEqual([]);
  expect(app.blockedRequests).toEqual([]);
});

test('the organisation’s addresses are checked by main and the draft is kept when it refuses', async ({ app }) => {
  await new LibraryPage(app.page).waitUntilShown();
  const settings = new SettingsDialog(app.page);
  await settings.open();
  await settings.setOrganisation({ ...ORGANISATION, pattern: 'https://harbourcheck.example/checks' });
  await settings.field('settings-save').click();
  await expect(settings.field('settings-error')).toHaveText(
    'The report URL pattern "https://harbourcheck.example/checks" needs {id} or {slug}, or every claim would get the same address.',
  );
  await expect(settings.field('org-name')).toHaveValue(ORGANISATION.name);
  await settings.field('org-pattern').fill(ORGANISATION.pattern);
  await settings.save();
});
