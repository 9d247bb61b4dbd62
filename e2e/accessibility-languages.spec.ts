import { join } from 'node:path';
import { expectNoSeriousViolations, TEXT_LEFT_EDGE, useTheme } from './pages/accessibility-checks';
import { ClaimsPage } from './pages/claims-page';
import { callSource } from './pages/in-page-scripts';
import { LibraryPage } from './pages/library-page';
import { expect, test } from './support/app-fixture';

// An Arabic article read by a screen-reader and keyboard user: axe in both themes, the mixed
// Arabic and Latin of a note, a card and a claims-table row painted in the order it was written,
// and the suggester saying it cannot read the language. One launch: importing the page is the
// slow part.

const FIXTURES = join(import.meta.dirname, 'fixtures', 'scripts');
const SENTENCE = 'وقالت وكالة Reuters';
const NOTE = 'الرقم 15% من Reuters يحتاج إلى مصدر ثانٍ (2024).';
const CLAIMANT = 'وزارة الصحة عبر Reuters';

test('an Arabic article passes axe in both themes, keeps mixed Arabic and Latin in order in its note, card and claims row, and the suggester says it reads English only', async ({
  app,
}) => {
  test.setTimeout(150_000);
  const page = app.page;
  const chooser = page.waitForEvent('filechooser');
  await app.sendCommand('open-file');
  await (await chooser).setFiles(join(FIXTURES, 'ar-hospitals.html'));
  // The first web page starts main's import worker: seconds on a busy two-core machine.
  await expect(page.getByTestId('article')).toBeVisible({ timeout: 60_000 });
  const reader = await new LibraryPage(page).reader();
  await reader.clickSentence(SENTENCE);
  await reader.pressTag('claim');
  await reader.setNote(SENTENCE, NOTE);
  await reader.waitUntilSaved();
  await expectNoSeriousViolations(page, 'Arabic reader');
  for (const theme of ['light', 'dark'] as const) {
    await useTheme(page, theme);
    await page.screenshot({ path: `/tmp/factmark-arabic-reader-${theme}.png` });
  }
  await useTheme(page, 'light');

  // An RTL line starts at the right: its first Arabic word is painted right of the Latin name it
  // holds. Unisolated in the app's LTR layout, the same line would start at the left.
  const paintedRightToLeft = async (selector: string, arabic: string) => {
    const at = (text: string) => page.evaluate<number | null>(callSource(TEXT_LEFT_EDGE, { selector, text }));
    const [first, latin] = [await at(arabic), await at('Reuters')];
    expect(first, `${selector}: "${arabic}" is shown`).not.toBeNull();
    expect(latin, `${selector}: "Reuters" is shown`).not.toBeNull();
    expect(first!, `${selector}: "${arabic}" right of "Reuters"`).toBeGreaterThan(latin!);
  };
  const isolates = async (selector: string) =>
    expect(page.locator(selector).first(), `${selector} is isolated from the text around it`).toHaveCSS(
      'unicode-bidi',
      /^(isolate|plaintext|isolate-override)$/,
    );
  const card = '[data-testid="annotation-card"] [data-testid="card-quote"]';
  await isolates(card);
  await paintedRightToLeft(card, 'وقالت');
  // A textarea's lines cannot be measured; its direction comes from its text when it is isolated.
  await isolates('[data-testid="card-note"]');
  await expect(page.getByTestId('card-note')).toHaveValue(NOTE);

  // The record opens with focus in its first field, so the claimant is reached by keys alone.
  const claims = new ClaimsPage(page);
  await reader.clickSentence(SENTENCE);
  await claims.openClaimEditor();
  await expect(claims.field('claim-statement')).toBeFocused();
  await claims.field('claimant-name').fill(CLAIMANT);
  await claims.closeEditor('claim');
  await reader.article.focus();
  await claims.showTable();
  await expect(claims.rows().first().getByTestId('claim-row-claimant')).toHaveText(CLAIMANT);
  for (const [column, arabic] of [
    ['claim-row-statement', 'وقالت'],
    ['claim-row-claimant', 'وزارة'],
  ] as const) {
    await isolates(`[data-testid="${column}"]`);
    await paintedRightToLeft(`[data-testid="${column}"]`, arabic);
  }
  await expectNoSeriousViolations(page, 'Arabic claims table');

  await reader.article.focus();
  await page.keyboard.press('s');
  // The offline suggester reads the whole article first, which takes seconds on a busy machine.
  const unsupported = page.getByTestId('suggestions-unsupported');
  await expect(unsupported).toHaveText(
    'The suggester reads English only. This article is in Arabic, so nothing is suggested: tag its sentences yourself.',
    { timeout: 30_000 },
  );
  await expect(unsupported).toHaveRole('status');
  await expect(page.getByTestId('suggestion')).toHaveCount(0);
});
