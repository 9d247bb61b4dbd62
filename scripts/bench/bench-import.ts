import { loadavg } from 'node:os';
import { importFile } from '../../main/import/import-article';
import { stopIdleImportWorker } from '../../main/import/import-worker-pool';
import { preparePdfPageHelper } from '../../main/import/pdf-page-helper';
import { importWatchLimits } from '../../main/import/watch-import-worker';
import { toPlainText } from '../../shared/text/plain-text';
import { outlineArticle, type ArticleOutline } from './article-outline';
import type { ArticleSize } from './bench-sizes';
import { figureOf, type Figure } from './figures';
import { generateArticle } from './generate-article';
import { median } from './median';
import { openPdfPrinter, type PdfPrinter } from './print-pdf';
import { renderDocx, renderMarkdown, renderSavedPage } from './render-import-files';

const WARM_RUNS = 3;
// A 1 MB article prints to ~280 PDF pages and imports in ~10 s; 5 MB would take about a minute a run.
const PDF_UP_TO = 1024 * 1024;
// The article size the JSON contract's import figures are taken at.
const FIGURE_SIZE = 1024 * 1024;
// An import that keeps less of the article than this has lost its body: the figure would lie.
const KEPT_AT_LEAST = 0.95;
// The app stops an import of 1.7 MB after 36 s; on a loaded machine the PDF can take longer, and
// the bench measures speed, not the limit: it lets each import run for up to ten minutes.
const BENCH_TIME_LIMIT_MS = 10 * 60 * 1000;

/** Import figures: one row per route and kind of run, one column per article size, ms. */
export interface ImportFigures {
  rows: Record<string, Record<string, number>>;
  /** How the figures were taken, and what was not measured and why. */
  notes: string[];
  /** The warm imports at 1 MB, one figure per route, every run a sample. */
  figures: Figure[];
}

interface Route {
  name: string;
  /** Its figure's name in the bench's JSON contract, for the 1 MB article. */
  figure: string;
  fileName: string;
  render(outline: ArticleOutline, printer: PdfPrinter | undefined): Promise<Uint8Array> | undefined;
}

const PDF: Route = { name: 'PDF', figure: 'import pdf 280 pages', fileName: 'bench.pdf', render: (o, printer) => printer?.print(o) };
const ROUTES: Route[] = [
  {
    name: 'saved page (.html)',
    figure: 'import page 1 MB',
    fileName: 'bench.html',
    render: (o) => Promise.resolve(Buffer.from(renderSavedPage(o))),
  },
  {
    name: 'Markdown',
    figure: 'import markdown 1 MB',
    fileName: 'bench.md',
    render: (o) => Promise.resolve(Buffer.from(renderMarkdown(o))),
  },
  { name: 'Word (.docx)', figure: 'import word 1 MB', fileName: 'bench.docx', render: (o) => renderDocx(o) },
  PDF,
];

/**
 * Times `importFile`, the app's import, on the generated article written as each route's file: a
 * saved web page with site furniture, Markdown, a Word document, and (when a Chromium is found, up
 * to 1 MB) a PDF printed by Chromium. Each route starts in a fresh worker: its first import (at
 * the smallest size) is what the analyst waits for on the first import after starting the app,
 * the worker starting and loading the route's parser; then `WARM_RUNS` warm imports per size
 * (their median in the table; every run a sample of the 1 MB figures).
 * `log` gets each figure as it is measured.
 */
export async function benchImport(sizes: readonly ArticleSize[], log: (line: string) => void): Promise<ImportFigures> {
  const rows: Record<string, Record<string, number>> = {};
  const notes = [
    `first (cold worker): one import at ${sizes[0]?.label} in a fresh worker; warm: median of ${WARM_RUNS} imports`,
    'CPU: the whole process, the import worker included, for the same run; on a shared machine it moves less with the load than the wall time does',
    'the worker runs an esbuild bundle of the sources made on first use (main/import/source-worker.ts), as the built app runs its prebuilt one',
    'PDF warm runs: the PDF page helper (a second thread reading a share of the pages) is started before them, as import:prepare does in the built app; CPU counts both threads',
  ];
  const outlines = new Map(sizes.map((size) => [size.label, outlineArticle(generateArticle(size.bytes))]));
  const opened = await openPdfPrinter();
  const printer = 'print' in opened ? opened : undefined;
  if ('skipped' in opened) notes.push(`PDF: skipped, no Chromium to print one (${opened.skipped})`);
  const figures: Figure[] = [];
  const time = async (route: Route, size: ArticleSize, row: string, runs: number) => {
    const outline = outlines.get(size.label)!;
    const bytes = await route.render(outline, printer);
    if (bytes === undefined) return;
    const expected = outline.blocks.reduce((n, b) => n + b.text.length, 0);
    const samples: number[] = [];
    const cpu: number[] = [];
    for (let run = 0; run < runs; run++) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const limits = { ...importWatchLimits(bytes.length), timeMs: BENCH_TIME_LIMIT_MS };
      const article = await importFile({ fileName: route.fileName, bytes }, 'bench-import', new Date(), { limits });
      const kept = toPlainText(article.blocks).length;
      samples.push(performance.now() - t0);
      const used = process.cpuUsage(c0);
      cpu.push((used.user + used.system) / 1000);
      if (kept < expected * KEPT_AT_LEAST)
        throw new Error(`${route.name} ${size.label}: the import kept ${kept} of ${expected} characters`);
    }
    const ms = median(samples);
    (rows[`${route.name}: ${row}`] ??= {})[size.label] = ms;
    if (row === 'warm' && size.bytes === FIGURE_SIZE) figures.push(figureOf(route.figure, 'ms', samples));
    log(
      `import ${route.name} ${size.label} (${Math.round(bytes.length / 1024)} KB file), ${row}: ${samples.map(Math.round).join(', ')} ms` +
        ` (CPU ${cpu.map(Math.round).join(', ')} ms; load ${loadavg()[0]!.toFixed(2)})`,
    );
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
        if (route === PDF) await preparePdfPageHelper();
        await time(route, size, 'warm', WARM_RUNS);
      }
    }
  } finally {
    await stopIdleImportWorker();
    await printer?.close();
  }
  return { rows, notes, figures };
}
