import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import type { Article } from '../../shared/model/article';
import { LibraryPage } from '../pages/library-page';
import { exerciseFrame } from './support/exercise-page';
import { openHostileApp, type HostileApp } from './support/hostile-app';
import { hostileFiles, inBatches, type HostileFile } from './support/hostile-files';
import { importFiles, pasteHtml, type ImportOutcome } from './support/import-over-bridge';
import { findActiveContent, pageMachinery } from './support/inspect-dom';
import { mergeArticles } from './support/merge-articles';
import { LIBRARY_CONTENT, showInReader } from './support/show-in-reader';

// How many imported payloads one reader page shows (see mergeArticles): big enough that the
// whole corpus is shown in a few dozen pages, small enough that a failure is easy to pin down.
const PAYLOADS_PER_PAGE = 60;

/** What the analyst would see of each import: the article, or the message naming the file. */
function splitOutcomes(outcomes: readonly ImportOutcome[]): { imported: Array<{ file: HostileFile; id: string }>; refused: string[] } {
  const imported = outcomes.flatMap((outcome) => ('id' in outcome ? [outcome] : []));
  const refused = outcomes.flatMap((outcome) => ('message' in outcome ? [`${outcome.file.id}: ${outcome.message}`] : []));
  return { imported, refused };
}

/** A reader page to show: one merged article, and the payloads it holds. */
interface ReaderPageOfPayloads {
  documentId: string;
  label: string;
  payloads: HostileFile[];
}

/**
 * Puts the imported payloads of one route, PAYLOADS_PER_PAGE at a time, into merged articles
 * (see mergeArticles) in the store; the app lists them after its next reload.
 */
async function storeReaderPages(app: HostileApp, route: string, imported: ReadonlyArray<{ file: HostileFile; id: string }>): Promise<ReaderPageOfPayloads[]> {
  const batches = inBatches(imported, PAYLOADS_PER_PAGE);
  const pages: ReaderPageOfPayloads[] = [];
  for (const [index, batch] of batches.entries()) {
    const articles: Article[] = await Promise.all(batch.map(({ id }) => app.services.store.getArticle(id)));
    const { article, source } = mergeArticles(articles, randomUUID(), `Hostile ${route} payloads, page ${index + 1} of ${batches.length}`);
    await app.services.store.addArticle(article, source);
    pages.push({ documentId: article.id, label: `${route} page ${index + 1} (${batch[0]!.file.id} … ${batch.at(-1)!.file.id})`, payloads: batch.map(({ file }) => file) });
  }
  return pages;
}

/**
 * Shows each reader page (the first one also as `screenshot`) and checks it: nothing active reached it, nothing ran, navigated or was
 * requested, and each payload left only what the corpus says it may (its marker nowhere, or its
 * markup written out as text).
 */
async function showReaderPages(app: HostileApp, pages: readonly ReaderPageOfPayloads[], screenshot: string): Promise<void> {
  await app.page.reload();
  const library = new LibraryPage(app.page);
  for (const page of pages) {
    await library.waitUntilShown();
    const shown = await showInReader(app.page, page.documentId);
    if (page === pages[0]) await app.page.screenshot({ path: screenshot });
    expect(shown.activeContent, `active content on ${page.label}`).toEqual([]);
    expect(app.detector.takeFindings(), `findings on ${page.label}`).toEqual([]);
    for (const file of page.payloads) {
      if (file.shows === 'nothing') expect(shown.text, file.id).not.toContain(file.marker);
      else if (file.shows !== 'text') expect(shown.text, file.id).toContain(file.shows.literal);
    }
    await app.page.getByTestId('back-to-library').click();
  }
}

// A file with a NUL byte is binary by content: the import refuses it, naming the file.
const isBinary = (file: HostileFile) => file.bytes.includes(0) && (file.route === 'html' || file.route === 'markdown');

/**
 * Imports `files` into a fresh app by `importEach`, then checks what the analyst would see: every
 * file imported (or, for a binary one, refused with a message naming it), nothing found while
 * importing, every title in the library inert, and every payload inert in the reader.
 */
async function importAndShow(route: string, files: readonly HostileFile[], importEach: (app: HostileApp, batch: HostileFile[]) => Promise<ImportOutcome[]>): Promise<void> {
  const app = await openHostileApp();
  try {
    const library = new LibraryPage(app.page);
    await library.waitUntilShown();
    const machinery = await pageMachinery(app.page);
    const started = Date.now();
    const outcomes: ImportOutcome[] = [];
    for (const batch of inBatches(files, 100)) outcomes.push(...(await importEach(app, batch)));
    const { imported, refused } = splitOutcomes(outcomes);
    expect(refused, 'files the import refused').toEqual(
      files.filter(isBinary).map((file) => `${file.id}: "${file.fileName}" is not a text file: it contains binary data.`),
    );
    expect(app.detector.takeFindings(), 'findings while importing').toEqual([]);
    const importSeconds = (Date.now() - started) / 1000;

    await app.page.reload();
    await library.waitUntilShown();
    await expect(library.items()).toHaveCount(imported.length + 1);
    await exerciseFrame(app.page.mainFrame(), { selector: LIBRARY_CONTENT, click: false });
    expect(await findActiveContent(app.page, LIBRARY_CONTENT), 'active content in the library').toEqual([]);
    expect(app.detector.takeFindings(), 'findings in the library').toEqual([]);

    await showReaderPages(app, await storeReaderPages(app, route, imported), `e2e/screenshots/hostile-${route.replace(' ', '-')}.png`);
    expect(await pageMachinery(app.page), 'script, meta, base, link, style or frame elements added to the page').toEqual(machinery);
    expect(app.detector.findings).toEqual([]);
    console.log(`  ${route}: ${imported.length} payloads imported (${importSeconds.toFixed(1)} s) and shown, ${refused.length} refused as binary`);
  } finally {
    await app.close();
  }
}

test.describe('hostile input', () => {
  test.describe.configure({ mode: 'parallel', timeout: 240_000 });
  const routes = [
    ['web pages', 'html'],
    ['Markdown files', 'markdown'],
    ['Word documents', 'docx'],
    ['PDFs', 'pdf'],
  ] as const;

  for (const [name, route] of routes) {
    test(`hostile ${name} opened with "Open file…" show as inert text: nothing runs, navigates or is requested`, async () => {
      const files = (await hostileFiles()).filter((file) => file.route === route);
      await importAndShow(route, files, (app, batch) => importFiles(app.page, batch));
    });
  }

  test('hostile web pages pasted as HTML show as inert text: nothing runs, navigates or is requested', async () => {
    const files = (await hostileFiles()).filter((file) => file.route === 'html' && !isBinary(file));
    await importAndShow('pasted HTML', files, (app, batch) => pasteHtml(app.page, batch));
  });
});
