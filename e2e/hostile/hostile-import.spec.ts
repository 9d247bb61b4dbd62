import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import type { Article } from '../../shared/model/article';
import { LibraryPage } from '../pages/library-page';
import { expect, test } from '../support/app-fixture';
import { exerciseFrame } from './support/exercise-page';
import { openHostileApp, type HostileApp } from './support/hostile-app';
import { hostileImports, inBatches, type HostileImport } from './support/hostile-files';
import { importFiles, type ImportOutcome } from './support/import-over-bridge';
import { findActiveContent, pageMachinery } from './support/inspect-dom';
import { mergeArticles } from './support/merge-articles';
import { LIBRARY_CONTENT, showInReader } from './support/show-in-reader';

// How many imported payloads one reader page shows (see mergeArticles): big enough that the
// whole corpus is shown in a few dozen pages, small enough that a failure is easy to pin down.
const PAYLOADS_PER_PAGE = 100;

// How many web-page or Markdown payloads share one file, each in a section of its own (see
// bundlePayloads): one import per payload cost ~75 ms each and most of this suite's time.
const PAYLOADS_PER_FILE = 10;

/** What the analyst would see of each import: the article, or the message naming the file. */
function splitOutcomes(outcomes: ReadonlyArray<ImportOutcome<HostileImport>>): {
  imported: Array<{ file: HostileImport; id: string }>;
  refused: string[];
} {
  const imported = outcomes.flatMap((outcome) => ('id' in outcome ? [outcome] : []));
  const refused = outcomes.flatMap((outcome) => ('message' in outcome ? [`${outcome.file.id}: ${outcome.message}`] : []));
  return { imported, refused };
}

/** A reader page to show: one merged article, and the payloads it holds. */
interface ReaderPageOfPayloads {
  documentId: string;
  label: string;
  imports: HostileImport[];
}

/** Runs of `imported` holding about `size` payloads each, in order. */
function byPayloadCount<T extends { file: HostileImport }>(imported: readonly T[], size: number): T[][] {
  const runs: T[][] = [];
  let count = 0;
  for (const item of imported) {
    if (runs.length === 0 || count >= size) {
      runs.push([]);
      count = 0;
    }
    runs.at(-1)!.push(item);
    count += item.file.payloads.length;
  }
  return runs;
}

/**
 * Puts the imported payloads of one route, PAYLOADS_PER_PAGE at a time, into merged articles
 * (see mergeArticles) in the store; the app lists them after its next reload.
 */
async function storeReaderPages(
  app: HostileApp,
  route: string,
  imported: ReadonlyArray<{ file: HostileImport; id: string }>,
): Promise<ReaderPageOfPayloads[]> {
  const batches = byPayloadCount(imported, PAYLOADS_PER_PAGE);
  const pages: ReaderPageOfPayloads[] = [];
  for (const [index, batch] of batches.entries()) {
    const articles: Article[] = await Promise.all(batch.map(({ id }) => app.services.store.getArticle(id)));
    const { article, source } = mergeArticles(articles, randomUUID(), `Hostile ${route} payloads, page ${index + 1} of ${batches.length}`);
    await app.services.store.addArticle(article, source);
    pages.push({
      documentId: article.id,
      label: `${route} page ${index + 1} (${batch[0]!.file.id} … ${batch.at(-1)!.file.id})`,
      imports: batch.map(({ file }) => file),
    });
  }
  return pages;
}

/**
 * Shows each reader page (the first one also as `screenshot`) and checks it: nothing active reached it, nothing ran, navigated or was
 * requested, each payload left only what the corpus says it may (its marker nowhere, or its
 * markup written out as text), and no payload took the text after it (every closing sentence is there).
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
    for (const file of page.imports) {
      for (const closing of file.closings) expect(shown.text, `${file.id}: the text after a payload`).toContain(closing);
      for (const payload of file.payloads) {
        if (payload.shows === 'nothing') expect(shown.text, payload.id).not.toContain(payload.marker);
        else if (payload.shows !== 'text') expect(shown.text, payload.id).toContain(payload.shows.literal);
      }
    }
    await app.page.getByTestId('back-to-library').click();
  }
}

// A file with a NUL byte is binary by content: the import refuses it, naming the file.
const isBinary = (file: HostileImport) => file.bytes.includes(0) && (file.route === 'html' || file.route === 'markdown');

/**
 * Imports `files` into a fresh app (its own context in `browser`), then checks what the analyst
 * would see: every file imported (or, for a binary one, refused with a message naming it),
 * nothing found while importing, every title in the library inert, and every payload inert in
 * the reader.
 */
async function importAndShow(browser: Browser, route: string, files: readonly HostileImport[]): Promise<void> {
  const app = await openHostileApp(browser);
  try {
    const library = new LibraryPage(app.page);
    await library.waitUntilShown();
    const machinery = await pageMachinery(app.page);
    const started = Date.now();
    const outcomes: Array<ImportOutcome<HostileImport>> = [];
    for (const batch of inBatches(files, 100)) outcomes.push(...(await importFiles(app.page, batch)));
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
    const payloads = imported.reduce((sum, { file }) => sum + file.payloads.length, 0);
    console.log(
      `  ${route}: ${payloads} payloads in ${imported.length} files imported (${importSeconds.toFixed(1)} s) and shown, ${refused.length} refused as binary`,
    );
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
    test(`hostile ${name} opened with "Open file…" show as inert text: nothing runs, navigates or is requested`, async ({
      hostBrowser,
    }) => {
      const files = (await hostileImports(PAYLOADS_PER_FILE)).filter((file) => file.route === route);
      await importAndShow(hostBrowser, route, files);
    });
  }
});
