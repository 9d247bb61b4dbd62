import { ClaimsPage } from './pages/claims-page';
import {
  contrast,
  expectNoSeriousViolations,
  expectFocusRings,
  HIGHLIGHT_COLOURS,
  highlightDescriptions,
  MOVING_ELEMENTS,
  over,
  parseColour,
  SIDEWAYS_SCROLLERS,
  useTheme,
} from './pages/accessibility-checks';
import { callSource } from './pages/in-page-scripts';
import { LibraryPage } from './pages/library-page';
import { openSampleArticle, SAMPLE_TITLE } from './pages/sample-article';
import { expect, test } from './support/app-fixture';

// Screen readers, the keyboard alone, both themes, forced colours, reduced motion and 200% zoom,
// checked by machine: axe-core on every screen and dialog, and the colours the page computes.
// A few stories rather than one launch per screen: each launch costs seconds.

const TAGS = ['claim', 'denial', 'evidence'] as const;
const BLACKOUT = 'The blackout lasted 19 hours';
const INVOICES = 'Invoices obtained under a freedom-of-information request';
const TANKS = 'The tanks hold 650,000 litres';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('the library and every dialog over it pass axe in both themes; a dialog keeps Tab inside and gives focus back', async ({ app }) => {
  test.setTimeout(120_000);
  const page = app.page;
  await new LibraryPage(page).waitUntilShown();
  await expectNoSeriousViolations(page, 'library');

  const dialogs = [
    { key: 'Control+Shift+V', testId: 'paste-dialog' },
    { key: 'Control+Shift+P', testId: 'command-palette' },
    { key: '?', testId: 'help-dialog' },
    { key: 'Control+,', testId: 'settings-dialog' },
    { key: 'Control+Shift+F', testId: 'library-search' },
  ];
  const opener = page.getByTestId('open-file');
  for (const { key, testId } of dialogs) {
    await opener.focus();
    await page.keyboard.press(key);
    const dialog = page.getByTestId(testId);
    await expect(dialog).toBeVisible();
    await expectNoSeriousViolations(page, testId);
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press(i % 4 === 3 ? 'Shift+Tab' : 'Tab');
      // Asked of the page, not with ':focus': a date field's focus sits in its own inner parts.
      const inside = await page.evaluate<boolean>(`document.querySelector('[data-testid="${testId}"]').contains(document.activeElement)`);
      expect(inside, `${testId}: Tab ${i + 1} stays inside`).toBe(true);
    }
    await dialog.getByRole('button', { name: 'Close' }).first().click();
    await expect(dialog).toHaveCount(0);
    await expect(opener, `${testId} gives focus back to where it was`).toBeFocused();
  }
});

test('a screen reader user moves with J and K, tags, links, notes, removes and undoes, and hears each; the highlights say what they are', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const page = app.page;
  const reader = await new LibraryPage(page).openArticleWithKeyboard(SAMPLE_TITLE);
  await expect(reader.article).toBeFocused();
  const heard = page.getByTestId('reader-announcement');
  await expect(heard).toHaveAttribute('aria-live', 'polite');
  await expect(page.getByTestId('reader-notice')).not.toHaveAttribute('aria-live', /.*/);

  await reader.clickSentence(BLACKOUT);
  await reader.previousSentence();
  await reader.nextSentence();
  await expect(heard).toHaveText(new RegExp(`^${escape(BLACKOUT)}`));
  await reader.pressTag('claim');
  await expect(heard).toHaveText(new RegExp(`^Claim C1 added: ${escape(BLACKOUT)}`));
  await reader.removeTags();
  await expect(heard).toHaveText(new RegExp(`^Removed 1 tag\\. Claim C1 removed: ${escape(BLACKOUT)}`));
  await reader.undo();
  await expect(heard).toHaveText(new RegExp(`^Undone\\. Claim C1 added: ${escape(BLACKOUT)}`));

  await reader.nextSentence();
  await reader.nextSentence();
  await expect(heard).toHaveText(new RegExp(`^${escape(INVOICES)}`));
  await reader.pressTag('evidence');
  await expect(heard).toHaveText(new RegExp(`^Evidence added: ${escape(INVOICES)}`));
  await new ClaimsPage(page).linkSelectionTo('blackout', 2);
  await expect(heard).toHaveText('Evidence refutes claim 1');

  await reader.previousSentence();
  await reader.previousSentence();
  await expect(heard).toHaveText(new RegExp(`^Claim C1: ${escape(BLACKOUT)}`));
  await reader.writeNoteWithKeyboard('Ask the chamber for its figures');

  // The claims table is worked from the keyboard too: Tab reaches its rows, Enter goes to the sentence.
  await reader.nextSentence();
  await expect(heard).toHaveText('What the records show');
  await page.keyboard.press('t');
  const row = page.getByTestId('claim-row').first();
  await expect(row).toBeVisible();
  const focused = () => page.evaluate<string | null>("document.activeElement.getAttribute('data-testid')");
  for (let i = 0; i < 20 && (await focused()) !== 'claim-row'; i++) await page.keyboard.press('Tab');
  await expect(row).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(heard).toHaveText(new RegExp(`^Claim C1: ${escape(BLACKOUT)}`));

  const cdp = await page.context().newCDPSession(page);
  await expect.poll(() => highlightDescriptions(cdp)).toEqual(['Claim C1. Note: Ask the chamber for its figures', 'Evidence, refutes C1']);
});

test('the reader, its sidebar, claims table, suggestions, find bar, claim editor and review mode pass axe in both themes', async ({
  app,
}) => {
  test.setTimeout(150_000);
  const page = app.page;
  const reader = await openSampleArticle(page);
  for (const [quote, tag] of [
    [BLACKOUT, 'claim'],
    [INVOICES, 'evidence'],
    [TANKS, 'denial'],
  ] as const) {
    await reader.clickSentence(quote);
    await reader.pressTag(tag);
  }
  await reader.waitUntilSaved();
  await expectNoSeriousViolations(page, 'reader with tags and sidebar');

  const claims = new ClaimsPage(page);
  await claims.showTable();
  await expectNoSeriousViolations(page, 'claims table');
  await reader.article.focus();
  await page.keyboard.press('s');
  // The offline suggester reads the whole article first, which takes seconds on a busy machine.
  await expect(claims.suggestions).toBeVisible({ timeout: 30_000 });
  await expectNoSeriousViolations(page, 'suggestions');

  await reader.article.focus();
  await page.keyboard.press('Control+f');
  await page.keyboard.type('regional');
  await expect(page.getByTestId('find-count')).toHaveText(/ of 4$/);
  await expectNoSeriousViolations(page, 'find in article');
  await page.keyboard.press('Escape');

  await reader.clickSentence(BLACKOUT);
  await claims.openClaimEditor();
  await expectNoSeriousViolations(page, 'claim editor');
  await claims.closeEditor('claim');

  await reader.article.focus();
  await page.keyboard.press('r');
  await expect(page.getByTestId('review-panel')).toBeVisible();
  await expectNoSeriousViolations(page, 'review mode');
});

test('colours hold in both themes, tags keep their second cue in forced colours, nothing moves under reduced motion, and 200% zoom needs no sideways scrolling', async ({
  app,
}) => {
  test.setTimeout(90_000);
  const page = app.page;
  await new LibraryPage(page).waitUntilShown();
  await expectFocusRings(page, page.getByTestId('open-file'), 10);
  await useTheme(page, 'light');

  const reader = await new LibraryPage(page).openArticle(SAMPLE_TITLE);
  for (const [quote, tag] of [
    [BLACKOUT, 'claim'],
    [INVOICES, 'evidence'],
    [TANKS, 'denial'],
  ] as const) {
    await reader.clickSentence(quote);
    await reader.pressTag(tag);
  }
  await reader.clearSelection();
  await expectFocusRings(page, page.getByTestId('back-to-library'), 16);

  for (const theme of ['light', 'dark'] as const) {
    await useTheme(page, theme);
    for (const tag of TAGS) {
      const c = await page.evaluate<Record<string, string>>(callSource(HIGHLIGHT_COLOURS, tag));
      const background = parseColour(c.background!);
      const where = `${theme}, ${tag}`;
      expect(contrast(parseColour(c.line!), background), `${where}: the line marking its extent`).toBeGreaterThanOrEqual(3);
      expect(contrast(parseColour(c.badge!), background), `${where}: its badge`).toBeGreaterThanOrEqual(3);
      expect(contrast(parseColour(c.badgeText!), parseColour(c.badge!)), `${where}: its badge's letter`).toBeGreaterThanOrEqual(4.5);
      const under = over(parseColour(c.tint!), background);
      expect(contrast(parseColour(c.text!), under), `${where}: text over its tint`).toBeGreaterThanOrEqual(4.5);
    }
  }
  await useTheme(page, 'light');

  await page.emulateMedia({ forcedColors: 'active' });
  const cues = [];
  for (const tag of TAGS) {
    const c = await page.evaluate<Record<string, string>>(callSource(HIGHLIGHT_COLOURS, tag));
    expect(contrast(parseColour(c.line!), parseColour(c.background!)), `forced colours, ${tag}: its line`).toBeGreaterThanOrEqual(3);
    cues.push({ line: c.lineStyle, letter: c.letter });
  }
  expect(cues).toEqual([
    { line: 'solid underline', letter: 'C' },
    { line: 'dashed bottom', letter: 'D' },
    { line: 'dotted top', letter: 'E' },
  ]);
  await page.emulateMedia({ forcedColors: 'none', reducedMotion: 'reduce' });
  await reader.clickSentence(TANKS);
  expect(await page.evaluate<string[]>(callSource(MOVING_ELEMENTS, null))).toEqual([]);

  // 200% zoom in a 1280 × 800 window lays out as 640 × 400 CSS pixels.
  await page.setViewportSize({ width: 640, height: 400 });
  expect(await page.evaluate<string[]>(callSource(SIDEWAYS_SCROLLERS, null)), 'reader at 200%').toEqual([]);
  await reader.article.focus();
  await page.keyboard.press('Control+,');
  await expect(page.getByTestId('settings-dialog')).toBeVisible();
  expect(await page.evaluate<string[]>(callSource(SIDEWAYS_SCROLLERS, null)), 'settings at 200%').toEqual([]);
  await page.keyboard.press('Escape');
  await reader.backToLibrary();
  await new LibraryPage(page).waitUntilShown();
  expect(await page.evaluate<string[]>(callSource(SIDEWAYS_SCROLLERS, null)), 'library at 200%').toEqual([]);
});
