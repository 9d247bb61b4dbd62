import { htmlToArticleParts } from '../html';
import { loadPdfjs } from '../pdf';

// Big enough for Readability to keep it as the article, so the whole web-page path runs once.
const SAMPLE_PAGE = `<!doctype html><html><head><title>Warm-up</title></head><body><article><h1>Warm-up</h1>${'<p>A paragraph long enough to be read as the body of an article, with a sentence or two in it.</p>'.repeat(8)}</article></body></html>`;

/**
 * Loads what the routes load lazily and runs the web-page route once on a small sample: jsdom,
 * Readability and mammoth are imported with the worker, but pdf.js is imported on the first PDF
 * and jsdom's first document costs more than its later ones. Never throws.
 */
export async function warmRoutes(): Promise<void> {
  const pdfjs = loadPdfjs().catch(() => undefined);
  try {
    htmlToArticleParts(SAMPLE_PAGE, { fileName: 'warm-up.html', restore: [] });
  } catch {
    // The sample is ours; if the route rejects it, the analyst's file will tell them why.
  }
  await pdfjs;
}
