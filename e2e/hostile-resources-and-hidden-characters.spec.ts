import { writeFlateBombPdf, writeZipBombDocx } from '../main/import/test-support/write-resource-bombs';
import { ClaimsPage } from './pages/claims-page';
import { LibraryPage } from './pages/library-page';
import { expect, test } from './support/app-fixture';

const REFUSED_WITHIN = 30_000;

test('a flate-bomb PDF and a zip-bomb Word document are refused by name, and the library is unchanged', async ({ app }) => {
  test.setTimeout(90_000);
  const library = new LibraryPage(app.page);
  await library.waitUntilShown();
  const before = await library.items().count();
  const bombs = [
    {
      name: 'flate-bomb.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(writeFlateBombPdf()),
      says: '"flate-bomb.pdf" is too large to read',
    },
    {
      name: 'zip-bomb.docx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from(writeZipBombDocx()),
      says: '"zip-bomb.docx" is too large to read',
    },
  ];
  for (const bomb of bombs) {
    await library.importFile(bomb);
    await expect(library.errorMessage()).toContainText(bomb.says, { timeout: REFUSED_WITHIN });
    await library.dismissError();
  }
  await expect(library.items()).toHaveCount(before);
});

test('Markdown nested past the parser’s limit keeps its deepest items and the paragraph after, with a note', async ({ app }) => {
  const library = new LibraryPage(app.page);
  const list = Array.from({ length: 60 }, (_, i) => `${'  '.repeat(i)}- Item number ${i + 1} says the gates held.`).join('\n');
  const markdown = `# Deep list at the flood gates\n\nThe council met on Monday.\n\n${list}\n\nThe paragraph after the list is kept.\n`;
  await library.importFile({ name: 'deep-list.md', mimeType: 'text/markdown', buffer: Buffer.from(markdown) });
  const reader = await library.reader();
  await expect(reader.article).toContainText('Item number 60 says the gates held.');
  await expect(reader.article).toContainText('The paragraph after the list is kept.');
  await expect(app.page.getByTestId('import-note')).toContainText('nest deeper than Factmark reads them');
});

test('bidirectional and zero-width characters show by name in the reader, beside a note and under a source URL, and the text keeps them', async ({
  app,
}) => {
  const library = new LibraryPage(app.page);
  const text = 'Invoice paid\n\nThe attachment invoice\u202Etxt.exe was sent on Monday. Visit pay\u200Bpal.example for the receipt.\n';
  await library.importFile({ name: 'invoice.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
  const reader = await library.reader();

  const override = reader.article.locator('.pm-invisible-control[data-control="RLO"]');
  await expect(override).toHaveCount(1);
  await expect(reader.article.locator('.pm-invisible-control[data-control="ZWSP"]')).toHaveCount(1);
  await expect(override).toHaveCSS('unicode-bidi', 'isolate');
  const mark = await app.page.evaluate(
    `getComputedStyle(document.querySelector('.pm-invisible-control[data-control="RLO"]'), '::before').content`,
  );
  expect(mark).toBe('"⟨RLO⟩"');
  expect(await reader.article.innerText()).toContain('invoice\u202Etxt.exe');

  await reader.clickSentence('The attachment invoice');
  await reader.pressTag('claim');
  await reader.setNote('The attachment invoice', 'See evil\u202Efdp.exe');
  const hidden = reader.card('The attachment invoice').getByTestId('card-note-hidden');
  await expect(hidden).toHaveText('Hidden ⟨RLO⟩');
  await expect(hidden).toHaveAttribute('title', 'See evil⟨RLO⟩fdp.exe');
  await expect(reader.card('The attachment invoice').getByTestId('card-note')).toHaveValue('See evil\u202Efdp.exe');
  await app.page.screenshot({ path: 'e2e/screenshots/hidden-characters.png' });

  const claims = new ClaimsPage(app.page);
  await reader.clickSentence('Visit pay');
  await reader.pressTag('evidence');
  await claims.openEvidenceEditor();
  await claims.addSource({ url: 'https://pay\u200Bpal.example/receipt', title: 'Receipt', publisher: 'Pay' });
  await expect(claims.evidenceEditor.getByTestId('source-url-hidden')).toHaveText(
    'Hidden characters: https://pay⟨ZWSP⟩pal.example/receipt',
  );
  await expect(claims.evidenceEditor.getByTestId('source-url')).toHaveValue('https://pay\u200Bpal.example/receipt');
});
