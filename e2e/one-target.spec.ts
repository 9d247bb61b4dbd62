import type { Locator, Page } from '@playwright/test';
import { ClaimsPage } from './pages/claims-page';
import type { ReaderPage, TagName } from './pages/reader-page';
import { buildColleagueLayer, ReviewPage } from './pages/review-page';
import { openSampleArticle } from './pages/sample-article';
import { SearchPage } from './pages/search-page';
import { expect, test } from './support/app-fixture';

const INVOICES =
  'Invoices obtained under a freedom-of-information request show that the last delivery before the storm was 180,000 litres on February 11.';
const TANKS = "The tanks hold 650,000 litres, according to the authority's own 2023 annual report.";
const MAINTENANCE =
  'A maintenance log for the backup generators, dated March 2, notes "fuel level low, reorder requested" on two of the four tanks.';

/**
 * Three sentences in a row: a claim, then two pieces of evidence. Each target's decoy is the
 * sentence after it, whose annotation is made active before the move, so a command that acted on
 * the annotation left behind rather than the one selected would show it.
 */
const CLAIM = { sentence: INVOICES, words: 'freedom-of-information', decoy: TANKS };
const EVIDENCE = { sentence: TANKS, words: '650,000 litres', decoy: MAINTENANCE };
type Target = typeof CLAIM;

const quoteOf = (dialog: Locator) => dialog.locator('blockquote.claim-quote');

/** A way the analyst moves the selection onto `target`, starting from its decoy. */
interface Move {
  name: string;
  select: (page: Page, reader: ReaderPage, target: Target) => Promise<void>;
}

// The stories are independent, each on its own app, so the two workers share them.
test.describe.configure({ mode: 'parallel' });

const MOVES: Move[] = [
  {
    name: 'K',
    select: async (_page, reader) => reader.previousSentence(),
  },
  {
    name: 'a card click',
    select: async (_page, reader, target) => {
      await reader.goToCard(target.sentence.slice(0, 30));
      await reader.article.focus();
    },
  },
  {
    name: 'a search jump (Ctrl+F, Enter)',
    select: async (page, reader, target) => {
      const search = new SearchPage(page);
      await search.find(target.words);
      await expect(search.findCount).toHaveText('1 of 1');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Escape');
      await expect(reader.article).toBeFocused();
    },
  },
];

/** A key acting on "the annotation", the target it is pressed on, and what it must do there (undone after). */
interface Command {
  keys: string;
  target: Target;
  check: (page: Page, reader: ReaderPage, claims: ClaimsPage, move: string) => Promise<void>;
}

const tagChange = (key: string, expected: { target: TagName[]; decoy: TagName[] }): Command => ({
  keys: key,
  target: EVIDENCE,
  check: async (page, reader) => {
    await page.keyboard.press(key);
    await expectTags(reader, EVIDENCE.sentence, expected.target);
    await expectTags(reader, EVIDENCE.decoy, expected.decoy);
    await reader.undo();
    await expectTags(reader, EVIDENCE.sentence, ['evidence']);
  },
});

async function expectTags(reader: ReaderPage, quote: string, tags: TagName[]): Promise<void> {
  const card = reader.card(quote.slice(0, 30));
  const tagsOnCards = async () => {
    const found: string[] = [];
    for (let i = 0; i < (await card.count()); i++) found.push((await card.nth(i).getAttribute('data-tag')) ?? '');
    return found.sort();
  };
  await expect.poll(tagsOnCards).toEqual([...tags].sort());
}

const COMMANDS: Command[] = [
  {
    keys: 'N',
    target: EVIDENCE,
    check: async (_page, reader, _claims, move) => {
      await reader.writeNoteWithKeyboard(`noted after ${move}`);
      await expect(reader.card(TANKS).getByTestId('card-note')).toHaveValue(`noted after ${move}`);
      await expect(reader.card('A maintenance log').getByTestId('card-note')).toHaveValue('');
      await reader.card(TANKS).getByTestId('card-note').fill('');
      await reader.article.focus();
    },
  },
  {
    keys: 'V',
    target: CLAIM,
    check: async (_page, _reader, claims) => {
      await claims.openClaimEditor();
      await expect(quoteOf(claims.claimEditor)).toHaveText(INVOICES);
      await claims.closeEditor('claim');
    },
  },
  {
    keys: 'V',
    target: EVIDENCE,
    check: async (_page, _reader, claims) => {
      await claims.openEvidenceEditor();
      await expect(quoteOf(claims.evidenceEditor)).toHaveText(TANKS);
      await claims.closeEditor('evidence');
    },
  },
  {
    keys: 'L',
    target: EVIDENCE,
    check: async (page, _reader, claims) => {
      await page.keyboard.press('l');
      await expect(quoteOf(claims.linkPicker)).toHaveText(TANKS);
      await page.keyboard.press('Escape');
      await expect(claims.linkPicker).toBeHidden();
    },
  },
  {
    keys: 'Delete',
    target: EVIDENCE,
    check: async (page, reader) => {
      await reader.removeTags();
      await expect(page.getByTestId('reader-notice')).toHaveText('Removed 1 tag');
      await expectTags(reader, TANKS, []);
      await expectTags(reader, MAINTENANCE, ['evidence']);
      await reader.undo();
      await expectTags(reader, TANKS, ['evidence']);
    },
  },
  tagChange('Digit1', { target: ['claim', 'evidence'], decoy: ['evidence'] }),
  tagChange('Digit2', { target: ['denial', 'evidence'], decoy: ['evidence'] }),
  tagChange('Digit3', { target: [], decoy: ['evidence'] }),
  tagChange('Shift+Digit1', { target: ['claim'], decoy: ['evidence'] }),
  tagChange('Shift+Digit2', { target: ['denial'], decoy: ['evidence'] }),
  {
    keys: 'Shift+Digit3',
    target: CLAIM,
    check: async (page, reader) => {
      await page.keyboard.press('Shift+Digit3');
      await expectTags(reader, INVOICES, ['evidence']);
      await expectTags(reader, TANKS, ['evidence']);
      await reader.undo();
      await expectTags(reader, INVOICES, ['claim']);
    },
  },
];

for (const move of MOVES) {
  test(`after ${move.name}, N, V, L, Delete, 1/2/3 and Shift+1/2/3 act on the selected sentence's annotation, never the one left behind`, async ({
    app,
  }) => {
    // Eleven stories share one app start; on a loaded 2-core machine they take longer than one story's 30 s.
    test.setTimeout(120_000);
    const reader = await openSampleArticle(app.page);
    const claims = new ClaimsPage(app.page);
    await reader.clickSentence(INVOICES.slice(0, 40));
    await reader.pressTag('claim');
    for (const sentence of [TANKS, MAINTENANCE]) {
      await reader.clickSentence(sentence.slice(0, 30));
      await reader.pressTag('evidence');
    }
    await expect(reader.cards()).toHaveCount(3);

    for (const command of COMMANDS) {
      await test.step(`${command.keys} on the ${command.target === CLAIM ? 'claim' : 'evidence'}`, async () => {
        await reader.clickSentence(command.target.decoy.slice(0, 30));
        await expect(reader.card(command.target.decoy.slice(0, 30))).toHaveAttribute('data-active', 'true');
        await move.select(app.page, reader, command.target);
        expect(await reader.selectedText()).toBe(command.target.sentence);
        await command.check(app.page, reader, claims, move.name);
      });
    }
  });
}

// Review mode shows the review panel in place of the cards: V and L open their dialogs on the
// sentence the navigator selected, N says where notes are written.
test('after the disagreement navigator (]) in review mode, V, L, N, 1/2/3, Shift+1/2/3 and Delete act on the sentence it selected, never the annotation left behind', async ({
  app,
}) => {
  const reader = await openSampleArticle(app.page);
  const documentId = (await reader.root.getAttribute('data-document-id')) ?? '';
  await reader.clickSentence(INVOICES.slice(0, 40));
  await reader.pressTag('claim');
  for (const sentence of [TANKS, MAINTENANCE]) {
    await reader.clickSentence(sentence.slice(0, 30));
    await reader.pressTag('evidence');
  }
  const review = new ReviewPage(app.page);
  await review.open();
  // The colleague tagged the claim and the first evidence otherwise and the decoy alike, so ] steps to those two.
  await review.importColleagueFile(
    'colin.json',
    await buildColleagueLayer(app.storeDir, documentId, { id: 'colin', name: 'Colin Colleague' }, [
      { tag: 'evidence', quote: INVOICES },
      { tag: 'claim', quote: TANKS },
      { tag: 'evidence', quote: MAINTENANCE },
    ]),
  );
  await expect(review.count()).toHaveText('2 disagreements');
  const painted = async () => ({
    claim: await reader.highlightedTexts('claim'),
    denial: await reader.highlightedTexts('denial'),
    evidence: await reader.highlightedTexts('evidence'),
  });
  const before = await painted();

  const keys: { key: string; tags: Record<TagName, string[]> }[] = [
    { key: 'Digit2', tags: { claim: [INVOICES], denial: [TANKS], evidence: [TANKS, MAINTENANCE] } },
    { key: 'Digit3', tags: { claim: [INVOICES], denial: [], evidence: [MAINTENANCE] } },
    { key: 'Shift+Digit1', tags: { claim: [INVOICES, TANKS], denial: [], evidence: [MAINTENANCE] } },
    { key: 'Delete', tags: { claim: [INVOICES], denial: [], evidence: [MAINTENANCE] } },
  ];
  const navigateToTanks = async () => {
    await reader.clickSentence(MAINTENANCE.slice(0, 30));
    expect(await reader.activeHighlightText()).toBe(MAINTENANCE);
    await review.nextDisagreement();
    if ((await reader.selectedText()) !== TANKS) await review.nextDisagreement();
    expect(await reader.selectedText()).toBe(TANKS);
  };
  const claims = new ClaimsPage(app.page);
  await test.step('V', async () => {
    await navigateToTanks();
    await claims.openEvidenceEditor();
    await expect(quoteOf(claims.evidenceEditor)).toHaveText(TANKS);
    await claims.closeEditor('evidence');
  });
  await test.step('L', async () => {
    await navigateToTanks();
    await app.page.keyboard.press('l');
    await expect(quoteOf(claims.linkPicker)).toHaveText(TANKS);
    await app.page.keyboard.press('Escape');
    await expect(claims.linkPicker).toBeHidden();
  });
  await test.step('N', async () => {
    await navigateToTanks();
    await app.page.keyboard.press('n');
    await expect(app.page.getByTestId('reader-notice')).toContainText('Notes are written on the annotation’s card');
  });
  for (const { key, tags } of keys) {
    await test.step(key, async () => {
      await navigateToTanks();
      await app.page.keyboard.press(key);
      await expect.poll(painted).toEqual(tags);
      await reader.undo();
      await expect.poll(painted).toEqual(before);
    });
  }
});

test('when the selection holds two annotations, N, V and L say which one they chose and mark it active', async ({ app }) => {
  const reader = await openSampleArticle(app.page);
  const claims = new ClaimsPage(app.page);
  const notice = app.page.getByTestId('reader-notice');
  await reader.clickSentence('The tanks hold 650,000');
  await reader.pressTag('claim');
  await reader.pressTag('evidence');
  await reader.previousSentence();
  await reader.nextSentence();

  await app.page.keyboard.press('n');
  await expect(notice).toHaveText('Note: claim 1 of 2 here (click the highlight again for the next)');
  await expect(reader.cards('claim')).toHaveAttribute('data-active', 'true');
  await expect(reader.cards('evidence')).toHaveAttribute('data-active', 'false');
  await reader.article.focus();

  await reader.previousSentence();
  await reader.nextSentence();
  await claims.openClaimEditor();
  await expect(notice).toHaveText('Record: claim 1 of 2 here (click the highlight again for the next)');
  await claims.closeEditor('claim');

  await reader.clickSentence('A maintenance log');
  await reader.pressTag('evidence');
  await reader.clickSentence('The tanks hold 650,000');
  await reader.nextSentence({ extend: true });
  await app.page.keyboard.press('l');
  await expect(claims.linkPicker).toBeVisible();
  await expect(notice).toHaveText(/^Link: evidence [12] of 2 here \(click the highlight again for the next\)$/);
  const chosen = (await notice.textContent())?.includes('evidence 1 of 2') ? TANKS : MAINTENANCE;
  await expect(quoteOf(claims.linkPicker)).toHaveText(chosen);
  await expect(reader.card(chosen.slice(0, 30)).and(reader.cards('evidence'))).toHaveAttribute('data-active', 'true');
});

test('A and X in the suggestions act on the suggestion at the selection, after J/K, a search jump or a click, not on the one listed first', async ({
  app,
}) => {
  const reader = await openSampleArticle(app.page);
  const claims = new ClaimsPage(app.page);
  const search = new SearchPage(app.page);
  const notice = app.page.getByTestId('reader-notice');
  await claims.showSuggestions();
  await expect(claims.current()).toBeVisible();
  const listed = async (n: number) => {
    const item = claims.suggestionItems().nth(n);
    return {
      text: (await item.locator('.suggestion-sentence').textContent()) ?? '',
      tag: (await item.getAttribute('data-tag')) as TagName,
    };
  };
  const first = await listed(0);

  const second = await listed(1);
  await reader.clickSentence(second.text.slice(0, 30));
  await reader.nextSentence();
  await reader.previousSentence();
  expect(await reader.selectedText()).toBe(second.text);
  await app.page.keyboard.press('a');
  await expect(notice).toContainText('Accepted');
  expect(await reader.highlightedTexts(second.tag)).toEqual([second.text]);

  const third = await listed(1);
  expect(third.text).not.toBe(second.text);
  await search.find(third.text.slice(0, 30));
  await app.page.keyboard.press('Enter');
  await app.page.keyboard.press('Escape');
  await expect(reader.article).toBeFocused();
  expect(await reader.selectedText()).toBe(third.text);
  await app.page.keyboard.press('x');
  await expect(notice).toHaveText('Suggestion dismissed');
  await expect(claims.suggestionItems().filter({ hasText: third.text })).toHaveCount(0);

  const fourth = await listed(1);
  await reader.clickSentence(fourth.text.slice(0, 30));
  await app.page.keyboard.press('x');
  await expect(claims.suggestionItems().filter({ hasText: fourth.text })).toHaveCount(0);
  await expect(claims.suggestionItems().filter({ hasText: first.text })).toHaveCount(1);
  await expect(app.page.getByTestId('highlight-badge')).toHaveCount(1);
});
