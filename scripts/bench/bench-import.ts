import { importFile } from '../../main/import/import-article';
import { stopIdleImportWorker } from '../../main/import/import-worker-pool';
import { toPlainText } from '../../shared/text/plain-text';
import { outlineArticle, type ArticleOutline } from './article-outline';
import type { ArticleSize } from './bench-sizes';
import { generateArticle } from './generate-article';
import { timeMedianAsync } from './median';
import { openPdfPrinter, type PdfPrinter } from './print-pdf';
import { renderDocx, renderMarkdown, renderSavedPage } from './render-import-files';

// Past this size a warm import takes seconds, so one run is timed instead of three.
const SINGLE_RUN_FROM = 2 * 1024 * 1024;
// A 1 MB article prints to ~350 PDF pages and imports in ~20 s; 5 MB would take minutes per run.
const PDF_UP_TO = 1024 * 1024;
// An import that keeps less of the article than this has lost its body: the figure would lie.
const KEPT_AT_LEAST = 0.95;

/** Import figures: one row per route and kind of run, one column per article size, ms. */
export interface ImportFigures {
  rows: Record<string, Record<string, number>>;
  /** How the figures were taken, and what was not measured and why. */
  notes: string[];
}

type Route = { name: string; fileName: string; render: (outline: ArticleOutline, printer: PdfPrinter | undefined) => Promise<Uint8Array> | undefined };

const ROUTES: Route[] = [
  { name: 'saved page (.html)', fileName: 'bench.html', render: (o) => Promise.resolve(Buffer.from(renderSavedPage(o))) },
  { name: 'Markdown', fileName: 'bench.md', render: (o) => Promise.resolve(Buffer.from(renderMarkdown(o))) },
  { name: 'Word (.docx)', fileName: 'bench.docx', render: (o) => renderDocx(o) },
  { name: 'PDF', fileName: 'bench.pdf', render: (o, printer) => printer?.print(o) },
];

/**
 * Times `importFile`, the app's import, on the generated article written as each route's file: a
 * saved web page with site furniture, Markdown, a Word document, and (when a Chromium is found, up
 * to 1 MB) a PDF printed by Chromium. Per route and size: the first import in a fresh worker (what
 * the analyst waits for on the first import after starting the app: the worker starts and loads
 * the route's parser) and the median of the warm imports after it. `log` gets each figure as it
 * is measured.
 */
export async function benchImport(sizes: readonly ArticleSize[], log: (line: string) => void): Promise<ImportFigures> {
  const rows: Record<string, Record<string, number>> = {};
  const notes = [`warm: median of 3 imports (1 at sizes from ${SINGLE_RUN_FROM / 1024 / 1024} MB)`];
  const opened = await openPdfPrinter();
  const printer = 'print' in opened ? opened : undefined;
  if (!printer) notes.push(`PDF: no Chromium to print one (${'skipped' in opened ? opened.skipped : ''})`);
  try {
    for (const size of sizes) {
      const text = generateArticle(size.bytes);
      const outline = outlineArticle(text);
      const expected = outline.blocks.reduce((n, b) => n + b.text.length, 0);
      const warmRuns = size.bytes >= SINGLE_RUN_FROM ? 1 : 3;
      for (const route of ROUTES) {
        if (route.name === 'PDF' && printer && size.bytes > PDF_UP_TO) {
          notes.push(`PDF ${size.label}: skipped (minutes per import; the 1 MB PDF shows the trend)`);
          continue;
        }
        const bytes = await route.render(outline, printer);
        if (bytes === undefined) continue;
        const run = async () => {
          const article = await importFile({ fileName: route.fileName, bytes }, 'bench-import', new Date());
          const kept = toPlainText(article.blocks).length;
          if (kept < expected * KEPT_AT_LEAST) throw new Error(`${route.name} ${size.label}: the import kept ${kept} of ${expected} characters`);
        };
        await stopIdleImportWorker();
        const first = await timeMedianAsync(run, 1);
        const warm = await timeMedianAsync(run, warmRuns);
        (rows[`${route.name}: first (cold worker)`] ??= {})[size.label] = first;
        (rows[`${route.name}: warm`] ??= {})[size.label] = warm;
        log(`import ${route.name} ${size.label} (${(bytes.length / 1024).toFixed(0)} KB file): first ${first.toFixed(0)} ms, warm ${warm.toFixed(0)} ms`);
      }
    }
  } finally {
    await stopIdleImportWorker();
    await printer?.close();
  }
  return { rows, notes };
}
