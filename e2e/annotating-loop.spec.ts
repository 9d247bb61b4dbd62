import { LibraryPage } from './pages/library-page';
import { expect, test } from './support/app-fixture';

const SAMPLE_TITLE = 'Port authority says fuel reserves were full before Calder Bay blackout';
const BLACKOUT =
  'The blackout lasted 19 hours and halted the loading of 42 cargo ships, according to figures published by the regional chamber of commerce.';
const DENIAL = 'The authority denied that the delivery records were complete.';
const REYES =
  'Dr. Samuel Reyes, an energy analyst at Northfield University, said the generators burn about 9,500 litres an hour at full load.';
const AT_THAT_RATE =
  '"At that rate, 180,000 litres would last roughly 19 hours, which matches the length of the outage almost exactly," he said.';

test('an analyst tags sentences by mouse and by keys, undoes one, and finds the rest in place after reopening', async ({ app }) => {
  const library = new LibraryPage(app.page);
  let reader = await library.openArticle(SAMPLE_TITLE);

  await reader.clickSentence('halted the loading of 42 cargo ships');
  expect(await reader.selectedText()).toBe(BLACKOUT);
  await reader.clickTagButton('claim');

  await reader.clickSentence('denied that the delivery records');
  await reader.pressTag('denial');

  await reader.clickSentence('an energy analyst at Northfield');
  expect(await reader.selectedText()).toBe(REYES);
  await reader.nextSentence();
  expect(await reader.selectedText()).toBe(AT_THAT_RATE);
  await reader.pressTag('evidence');

  await expect(reader.highlights()).toHaveCount(3);
  await expect(reader.cards()).toHaveCount(3);
  expect(await reader.count('evidence')).toBe(1);

  await reader.undo();
  await expect(reader.highlights()).toHaveCount(2);
  expect(await reader.count('evidence')).toBe(0);
  await reader.waitUntilSaved();
  await app.page.screenshot({ path: 'e2e/screenshots/annotating-loop-tagged.png' });

  await app.restart();
  reader = await new LibraryPage(app.page).openArticle(SAMPLE_TITLE);
  await expect(reader.highlights()).toHaveCount(2);
  expect(await reader.highlightedTexts('claim')).toEqual([BLACKOUT]);
  expect(await reader.highlightedTexts('denial')).toEqual([DENIAL]);
  expect(await reader.highlightedTexts('evidence')).toEqual([]);
  expect(app.pageErrors).toEqual([]);
  expect(app.blockedRequests).toEqual([]);
});

test('dragging across two sentences tags both whole; Alt keeps the exact characters; Shift+key changes a tag', async ({ app }) => {
  const reader = await new LibraryPage(app.page).openArticle(SAMPLE_TITLE);

  await reader.dragAcross('tanks hold 650,000', 'last delivery before the storm');
  expect(await reader.selectedText()).toBe(
    "Invoices obtained under a freedom-of-information request show that the last delivery before the storm was 180,000 litres on February 11. The tanks hold 650,000 litres, according to the authority's own 2023 annual report.",
  );
  await reader.pressTag('evidence');
  await expect(reader.highlights('evidence')).toHaveCount(1);

  await reader.dragAcross('19 hours', '42 cargo ships', { exact: true });
  expect(await reader.selectedText()).toBe('19 hours and halted the loading of 42 cargo ships');
  await reader.pressTag('claim');
  await expect(reader.card('19 hours and halted')).toHaveAttribute('data-tag', 'claim');

  await reader.pressTag('denial', { change: true });
  await expect(reader.card('19 hours and halted')).toHaveAttribute('data-tag', 'denial');
  await expect(reader.highlights('claim')).toHaveCount(0);

  await reader.redo();
  await reader.undo();
  await expect(reader.card('19 hours and halted')).toHaveAttribute('data-tag', 'claim');
  await reader.redo();
  await expect(reader.card('19 hours and halted')).toHaveAttribute('data-tag', 'denial');
});

test('a note written on a card survives reopening, and clicking the card finds its sentence', async ({ app }) => {
  let reader = await new LibraryPage(app.page).openArticle(SAMPLE_TITLE);
  await reader.clickSentence('denied that the delivery records');
  await reader.pressTag('denial');
  await reader.setNote('denied that the delivery', 'Second depot is not on the 2022 site map.');
  await reader.waitUntilSaved();

  await app.restart();
  reader = await new LibraryPage(app.page).openArticle(SAMPLE_TITLE);
  await expect(reader.card('denied that the delivery').getByRole('textbox')).toHaveValue('Second depot is not on the 2022 site map.');
  await reader.goToCard('denied that the delivery');
  expect(await reader.activeHighlightText()).toBe(DENIAL);
});
