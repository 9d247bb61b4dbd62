import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { ClaimsPage } from './pages/claims-page';
import { LibraryPage } from './pages/library-page';
import { buildColleagueLayer, ReviewPage } from './pages/review-page';
import { openSampleArticle } from './pages/sample-article';
import { expect, test } from './support/app-fixture';
import { PROJECT_ROOT } from './support/project-root';

const SHOTS = join(PROJECT_ROOT, 'test-results');
const CLAIM = 'Our reserves stood at 100 per cent';

/** Words inside `cells` that the layout broke across two lines ("progres|s", "C|1"). */
async function brokenWords(cells: Locator): Promise<string[]> {
  return cells.evaluateAll((elements) => {
    const broken: string[] = [];
    for (const element of elements) {
      // The page's document is reached through the element: the e2e zone compiles without DOM globals.
      const document = element.ownerDocument;
      const walker = document.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of (node.textContent ?? '').matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (lines.size > 1) broken.push(match[0]);
        }
      }
    }
    return broken;
  });
}

async function width(locator: Locator): Promise<number> {
  return (await locator.boundingBox())?.width ?? 0;
}

async function shoot(page: Page, name: string): Promise<void> {
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

test('a claim record opened and closed unchanged leaves the card as it was, not "edited"', async ({ app }) => {
  const reader = await openSampleArticle(app.page);
  const claims = new ClaimsPage(app.page);
  await reader.clickSentence(CLAIM);
  await reader.pressTag('claim');
  await reader.waitUntilSaved();
  await claims.openClaimEditor();
  await expect(claims.field('claimant-name')).toHaveValue('Helen Varga');
  await claims.closeEditor('claim');
  await expect(reader.card(CLAIM)).not.toContainText('edited');
  await expect(app.page.getByTestId('undo')).toBeEnabled();
  await reader.undo();
  await expect(reader.cards()).toHaveCount(0);
});

test('the claims table wraps between words, shows a verdict once, names every column, and leaves the article readable', async ({ app }) => {
  const reader = await openSampleArticle(app.page);
  const claims = new ClaimsPage(app.page);
  const articleWidth = await width(reader.article);
  await reader.clickSentence(CLAIM);
  await reader.pressTag('claim');
  await claims.openClaimEditor();
  await claims.recordVerdict('in-progress', 'False', 'Invoices show one delivery of 180,000 litres.');
  await claims.closeEditor('claim');
  await reader.clickSentence('The blackout lasted 19 hours');
  await reader.pressTag('claim');
  await claims.openClaimEditor();
  await claims.recordVerdict('needs-review', 'Mostly False', 'The chamber counted 42 ships.');
  await claims.closeEditor('claim');

  await claims.showTable();
  const row = claims.rows().first();
  await expect(row.getByTestId('claim-row-status')).toHaveText('In progress');
  // "False" rated false says its group already; "Mostly False" gets the group beside it.
  await expect(row.getByTestId('claim-row-verdict')).toHaveText(/^False(?!\s*false)/);
  await expect(row.locator('.group-pill')).toHaveCount(0);
  await expect(claims.rows().nth(1).locator('.group-pill')).toHaveText('false');
  await expect(claims.table.getByTestId('sort-supports')).toHaveText('For');
  await expect(claims.table.getByTestId('sort-refutes')).toHaveText('Against');
  await expect(claims.table.getByTestId('claims-legend')).toContainText('Against: evidence and denials refuting it');
  // Every column fits beside the article: nothing cut off at the panel's edge.
  const scroll = claims.table.locator('.claims-scroll');
  expect(await scroll.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
  expect(await brokenWords(claims.table.locator('th, td'))).toEqual([]);
  // The article keeps more than half its width beside the table.
  expect(await width(reader.article)).toBeGreaterThan(articleWidth * 0.55);
  await shoot(app.page, 'rough-edges-claims-table');
});

test('a long status truncates with its full text as a tooltip, the title keeps its room, and a status expires', async ({ app }) => {
  const reader = await openSampleArticle(app.page);
  const title = reader.title();
  const titleWidth = await width(title);
  const notice = app.page.getByTestId('reader-notice');

  await reader.clickSentence('The tanks hold 650,000 litres');
  await reader.pressTag('claim');
  await reader.pressTag('evidence');
  await reader.previousSentence();
  await reader.nextSentence();
  await app.page.keyboard.press('n');
  const long = 'Note: claim 1 of 2 here (click the highlight again for the next)';
  await expect(notice).toHaveText(long);
  await expect(notice).toHaveAttribute('title', long);
  expect(await width(title)).toBeGreaterThanOrEqual(Math.min(titleWidth, 150));
  expect(await width(notice)).toBeGreaterThan(60);
  await shoot(app.page, 'rough-edges-toolbar-long-status');

  await app.page.keyboard.press('Escape');
  await reader.undo();
  await expect(notice).toHaveText('Undone');
  await expect(notice).toHaveText('', { timeout: 15_000 });
});

test('a colleague’s badge in review shows their initials in their colour apart from the tag, never as a tag letter', async ({ app }) => {
  const reader = await openSampleArticle(app.page);
  const documentId = (await reader.root.getAttribute('data-document-id')) ?? '';
  await reader.clickSentence(CLAIM);
  await reader.pressTag('claim');
  await reader.waitUntilSaved();
  const review = new ReviewPage(app.page);
  await review.open();
  const colin = { id: 'colin', name: 'colin' };
  await review.importColleagueFile(
    'colin.json',
    await buildColleagueLayer(app.storeDir, documentId, colin, [
      { tag: 'claim', quote: CLAIM },
      { tag: 'evidence', quote: 'A maintenance log for the backup generators' },
    ]),
  );
  const badges = app.page.getByTestId('review-badge');
  await expect(badges).toHaveCount(2);
  await expect(badges.first().locator('.rv-badge-who')).toHaveText('Co');
  await expect(badges.first().locator('.hl-badge-claim')).toHaveText('C');
  await expect(badges.nth(1).locator('.hl-badge-evidence')).toHaveText('E');
  await expect(review.panel.locator('.layer-toggle').filter({ hasText: 'colin' }).locator('.analyst-initials')).toHaveText('Co');
  await badges.first().scrollIntoViewIfNeeded();
  await shoot(app.page, 'rough-edges-review-badges');
});

test('J and K walk the story’s sentences past a photo caption and its credit; a click still selects the caption', async ({ app }) => {
  const library = new LibraryPage(app.page);
  await library.waitUntilShown();
  await library.importFile(join(PROJECT_ROOT, 'e2e', 'fixtures', 'import', 'roof-survey.html'));
  // Importing a web page goes through Readability in main: slow on a busy machine.
  await expect(app.page.getByTestId('article')).toBeVisible({ timeout: 30_000 });
  const reader = await library.reader();
  await reader.clickSentence('Lowmere council has admitted');
  await reader.nextSentence();
  expect(await reader.selectedText()).toMatch(/^The admission came in a written answer/);
  await reader.previousSentence();
  expect(await reader.selectedText()).toMatch(/^Lowmere council has admitted/);
  await reader.clickSentence('Part of the ceiling in a Year 4');
  expect(await reader.selectedText()).toMatch(/^Part of the ceiling/);
});
