import { join } from 'node:path';
import { callSource } from './pages/in-page-scripts';
import { LETTER_WIDTHS, SPLIT_WORD_WIDTHS } from './pages/glyph-widths';
import { LibraryPage } from './pages/library-page';
import { expect, test, type FactmarkApp } from './support/app-fixture';

const ARABIC = join(import.meta.dirname, 'fixtures', 'scripts', 'ar-hospitals.html');
// "the hospitals": every letter from the second on joins the one before it, so a break anywhere
// inside changes the forms drawn.
const WORD = 'المستشفيات';
const CONTEXT = 'إن المستشفيات الحالية';

test.describe.configure({ timeout: 120_000 });

async function letterWidths(app: FactmarkApp): Promise<number[]> {
  return app.page.evaluate<number[]>(callSource(LETTER_WIDTHS, { context: CONTEXT, word: WORD }));
}

test('a highlight starting inside an Arabic word leaves its letters joined, as drawn without it', async ({ app }) => {
  const chooser = app.page.waitForEvent('filechooser');
  await app.sendCommand('open-file');
  await (await chooser).setFiles(ARABIC);
  // The first web page starts the import worker: seconds on a busy two-core machine.
  await expect(app.page.getByTestId('article')).toBeVisible({ timeout: 30_000 });
  const reader = await new LibraryPage(app.page).reader();
  await expect(reader.article).toContainText(CONTEXT);

  // The measure can tell: the same word with its second half in an inline-block is drawn wider or narrower.
  const control = await app.page.evaluate<{ whole: number; split: number }>(
    callSource(SPLIT_WORD_WIDTHS, { word: WORD, split: 5, style: 'display: inline-block' }),
  );
  expect(Math.abs(control.whole - control.split)).toBeGreaterThan(1);

  const before = await letterWidths(app);
  for (const tag of ['denial', 'claim', 'evidence'] as const) {
    // Alt+drag keeps exactly the letters dragged over: from the middle of the word to the next word.
    await reader.dragAcross('شفيات الحالية', 'الحالية', { exact: true });
    await reader.pressTag(tag);
    const [run] = await reader.highlightedTexts(tag);
    expect(run).toBeDefined();
    expect(WORD.endsWith(run!.split(' ')[0]!) && run!.split(' ')[0] !== WORD).toBe(true);
    await reader.clearSelection();
    const after = await letterWidths(app);
    after.forEach((width, i) => expect(width, `letter ${i} of ${WORD} under a ${tag} highlight`).toBeCloseTo(before[i]!, 0));
    // The lifted badge stands above the paragraph's first line, so the picture reaches above it.
    const box = (await reader.article.locator('p', { hasText: 'ويقول أطباء في العاصمة' }).boundingBox())!;
    const clip = { x: box.x, y: box.y - 24, width: box.width, height: box.height + 24 };
    await app.page.screenshot({ path: `e2e/screenshots/arabic-joining-${tag}.png`, clip });
    await reader.undo();
  }
});
