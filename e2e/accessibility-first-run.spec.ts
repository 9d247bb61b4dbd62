import { expectNoSeriousViolations } from './pages/accessibility-checks';
import { expect, test } from './support/app-fixture';

// The welcome dialog shows only on a first run, which needs an app of its own.
test.use({ firstRun: true });

test('the welcome dialog that asks for the analyst’s name, initials and colour passes axe in both themes', async ({ app }) => {
  const dialog = app.page.getByTestId('profile-dialog');
  await expect(dialog.getByTestId('profile-name')).toBeFocused();
  await expectNoSeriousViolations(app.page, 'profile dialog');
});
