import { expect, test } from './support/app-fixture';

test('the library shows when Factmark starts, and nothing outside the app is requested', async ({ app }) => {
  await expect(app.page.getByTestId('library')).toBeVisible();
  expect(app.blockedRequests).toEqual([]);
  expect(app.pageErrors).toEqual([]);
});

test('the library shows again when the analyst closes and reopens Factmark on the same store', async ({ app }) => {
  await expect(app.page.getByTestId('library')).toBeVisible();
  const page = await app.restart();
  await expect(page.getByTestId('library')).toBeVisible();
  expect(app.pageErrors).toEqual([]);
});
