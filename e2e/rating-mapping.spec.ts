import { seedFactChecks } from './pages/similar-claims-page';
import { expect, test } from './support/app-fixture';

test('a fact-checker’s rating the mapping lacks is flagged in Settings, and mapping it re-maps the stored fact-check', async ({ app }) => {
  await seedFactChecks(app.storeDir, [
    {
      key: 'https://checks.example/spin',
      claim: 'The port never ran short of fuel',
      rating: 'Spin',
      flagged: 'the rating "Spin" is not in the rating mapping table',
      imported: '2026-12-01T09:00:00.000Z',
      updated: '2026-12-01T09:00:00.000Z',
    },
  ]);
  await app.page.keyboard.press('Control+Comma');
  const mapping = app.page.getByTestId('rating-mapping');
  const spin = mapping.locator('[data-testid="rating-row"][data-rating="spin"]');
  await expect(spin.getByTestId('rating-unmapped')).toBeVisible();
  await expect(mapping.getByTestId('rating-unmapped-count')).toContainText('1 rating in stored fact-checks is not mapped');
  await spin.getByTestId('rating-group').selectOption('mixed');
  await mapping.getByTestId('rating-apply').click();
  await expect(mapping.getByTestId('rating-said')).toContainText(
    'Mapping saved: 1 stored fact-check changed group; every stored rating is mapped',
  );
  await expect(spin).toHaveAttribute('data-unmapped', 'false');
  await expect(mapping.getByTestId('rating-unmapped-count')).toBeHidden();
});
