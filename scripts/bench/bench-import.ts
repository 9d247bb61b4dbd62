import { importFile } from '../../main/import/import-article';
import { stopIdleImportWorker } from '../../main/import/import-worker-pool';
import { toPlainText } from '../../shared/text/plain-text';
import { outlineArticle, type ArticleOutline } from './article-outline';
import type { ArticleSize } from './bench-sizes';
import { generateArticle } from './generate-article';
import { timeMedianAsync } from './median';
import { openPdfPrinter, type PdfPrinter } from './print-pdf';
import { renderDocx, renderMarkdown, renderSavedPage } from './render-import-files';

const WARM_RUNS = 3;
// Warm runs stop once they took this long in all (a 5 MB page takes ~10 s a run).
const WARM_BUDGET_MS = 5_000;
// A 1 MB article prints to ~280 PDF pages and imports in ~10 s; 5 MB would take about a minute a run.
const PDF_UP_TO = 1024 * 1024;
// An import that keeps less of the article than this has lost its body: the figure would lie.
const KEPT_AT_LEAST = 0.95;

/** Import figures: one row per route and kind of run, one column per article size, ms. */
export interface ImportFigures {
  rows: Record<string, Record<string, number>>;
  /** How the figures were taken, and what was not measured and why. */
  notes: string[];
}

interface Route {
  name: string;
  fileName: string;
  render(outline: ArticleOutline, printer: PdfPrinter | undefined): Promise<Uint8Array> | undefined;
}

const PDF: Route = { name: 'PDF', fileName: 'bench.pdf', render: (o, printer) => printer?.print(o) };
const ROUTES: Route[] = [
  { name: 'saved page (.html)', fileName: 'bench.html', render: (o) => Promise.resolve(Buffer.from(renderSavedPage(o))) },
  { name: 'Markdown', fileName: 'bench.md', render: (o) => Promise.resolve(Buffer.from(renderMarkdown(o))) },
  { name: 'Word (.docx)', fileName: 'bench.docx', render: (o) => renderDocx(o) },
  PDF,
];

/**
 * Times `importFile`, the app's import, on the generated article written as each route's file: a
 * saved web page with site furniture, Markdown, a Word document, and (when a Chromium is found, up
 * to 1 MB) a PDF printed by Chromium. Each route starts in a fresh worker: its first import (at
 * the smallest size) is what the analyst waits for on the first import after starting the app,
 * the worker starting and loading the route's parser; then the median of warm imports per size.
 * `log` gets each figure as it is measured.
 */
export async function benchImport(sizes: readonly ArticleSize[], log: (line: string) => void): Promise<ImportFigures> {
  const rows: Record<string, Record<string, number>> = {};
  const notes = [
    `first (cold worker): one import at ${sizes[0]?.label} in a fresh worker; warm: median of up to ${WARM_RUNS} imports (fewer once they took ${WARM_BUDGET_MS / 1000} s)`,
    'the worker runs the TypeScript sources through tsx, which loads jsdom and pdf.js 2-5x slower than the built app does: its cold start is shorter',
  ];
  const outlines = new Map(sizes.map((size) => [size.label, outlineArticle(generateArticle(size.bytes))]));
  const opened = await openPdfPrinter();
  const printer = 'print' in opened ? opened : undefined;
  if ('skipped' in opened) notes.push(`PDF: skipped, no Chromium to print one (${opened.skipped})`);
  const time = async (route: Route, size: ArticleSize, row: string, runs: number, budgetMs?: number) => {
    const outline = outlines.get(size.label)!;
    const bytes = await route.render(outline, printer);
    if (bytes === undefined) return;
    const expected = outline.blocks.reduce((n, b) => n + b.text.length, 0);
    const ms = await timeMedianAsync(
      async () => {
        const kept = toPlainText((await importFile({ fileName: route.fileName, bytes }, 'bench-import', new Date())).blocks).length;
        if (kept < expected * KEPT_AT_LEAST) throw new Error(`${route.name} ${size.label}: the import kept ${kept} of ${expected} characters`);
      },
      runs,
      budgetMs,
    );
    (rows[`${route.name}: ${row}`] ??= {})[size.label] = ms;
    log(`import ${route.name} ${size.label} (${Math.round(bytes.length / 1024)} KB file), ${row}: ${Math.round(ms)} ms`);
  };

  try {
    for (const route of ROUTES) {
      await stopIdleImportWorker();
      for (const [i, size] of sizes.entries()) {
        if (route === PDF && size.bytes > PDF_UP_TO) {
          if (printer) notes.push(`PDF ${size.label}: skipped (about a minute a run; the 1 MB PDF shows the trend)`);
          continue;
        }
        if (i === 0) await time(route, size, 'first (cold worker)', 1);
        await time(route, size, 'warm', WARM_RUNS, WARM_BUDGET_MS);
      }
    }
  } finally {
    await stopIdleImportWorker();
    await printer?.close();
  }
  return { rows, notes };
}
