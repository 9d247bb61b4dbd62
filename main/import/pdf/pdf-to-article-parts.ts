import { UserFacingError } from '../../../shared/ipc/result';
import { checkArticleLength, MAX_INFLATED_MB, MAX_PDF_PAGES, tooLargeToRead } from '../import-limits';
import { assembleArticle, type PdfArticleParts } from './assemble-article';
import { declaredPageCount } from './declared-page-count';
import { measurePdfStreams } from './measure-pdf-streams';
import { openPdfDocument } from './open-pdf-document';
import { readPageLines } from './read-page-lines';
import { HELPER_FROM_PAGES, HelperGone, readPages, type PageHelper } from './read-pages';
import { readPdfMetadata } from './read-pdf-metadata';

/** Cancelling and following a PDF import. */
export interface PdfImportOptions {
  /** Checked before each page; once aborted, the import stops and rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Called after each page with the pages read so far and the page count. */
  onProgress?: (done: number, total: number) => void;
  /** Indexes of dropped items to keep (see assembleArticle). */
  restore?: readonly number[];
  /**
   * Opens the same bytes in a second thread that reads a share of the pages (a long PDF is read
   * about twice as fast on two cores). Asked only for PDFs of HELPER_FROM_PAGES pages or more.
   */
  openHelper?: (bytes: Uint8Array) => PageHelper;
}

/**
 * Reads an article out of a PDF's text layer: metadata from the Info dictionary, paragraphs
 * rebuilt from line positions (columns in order, hyphenation at line ends undone), headings and
 * title from type size, and every running head, running foot, page number and sideways note left
 * out and listed in `dropped`. Each block keeps the page it starts on.
 *
 * Nothing in the file runs and nothing is fetched (see pdfLoadOptions). pdf.js parses on this
 * thread, so the event loop gets a turn after every page; with `openHelper`, a second thread reads
 * some of the pages, and the article is the same whichever thread read which page.
 *
 * Throws a UserFacingError naming `fileName` when the PDF is damaged or incomplete, protected by a
 * password, has no text layer (scanned), or is too large to read: streams that unpack to more than
 * MAX_INFLATED_MB (measured before pdf.js reads them), more than MAX_PDF_PAGES pages, more than
 * MAX_ARTICLE_CHARS of text. Rejects with `signal.reason` when cancelled.
 */
export async function pdfToArticleParts(bytes: Uint8Array, fileName: string, options: PdfImportOptions = {}): Promise<PdfArticleParts> {
  const { signal, onProgress } = options;
  signal?.throwIfAborted();
  checkPageCount(fileName, declaredPageCount(bytes) ?? 0);
  const streams = await measurePdfStreams(bytes, MAX_INFLATED_MB * 1024 * 1024);
  if (streams.over) throw tooLargeToRead(fileName, `its page content and other streams unpack to more than ${MAX_INFLATED_MB} MB`);
  const pdf = await openPdfDocument(bytes, fileName);
  const damaged = (detail: string) => new UserFacingError('import-failed', `"${fileName}" is damaged or not a complete PDF (${detail}).`);
  try {
    const metadata = await pdf.document.getMetadata().catch(() => {
      throw damaged('its document information cannot be read');
    });
    const info = readPdfMetadata(metadata.info);
    const total = pdf.document.numPages;
    checkPageCount(fileName, total);
    const unreadable = (page: number) => (error: unknown) => {
      throw error instanceof HelperGone ? error : damaged(`page ${page} cannot be read`);
    };
    const helper = total >= HELPER_FROM_PAGES ? options.openHelper?.(bytes) : undefined;
    let chars = 0;
    let done = 0;
    const readings = await readPages(total, {
      readHere: (page) => readPageLines(pdf.document, page).catch(unreadable(page)),
      helper: helper && { opened: helper.opened, read: (page) => helper.read(page).catch(unreadable(page)), close: () => helper.close() },
      signal,
      onPage: (_page, reading) => {
        chars += reading.lines.lines.reduce((sum, line) => sum + line.text.length, 0);
        checkArticleLength(fileName, chars);
        done += 1;
        onProgress?.(done, total);
      },
    });
    signal?.throwIfAborted();
    const pages = readings.map((reading) => reading.lines);
    const sideways = readings.flatMap((reading) => reading.sideways);
    const parts = await assembleArticle(pages, sideways, info, fileName, options.restore);
    return info.lang === undefined ? parts : { ...parts, lang: info.lang };
  } finally {
    await pdf.close();
  }
}

function checkPageCount(fileName: string, pages: number): void {
  if (pages > MAX_PDF_PAGES) {
    throw tooLargeToRead(
      fileName,
      `it has ${pages.toLocaleString('en-GB')} pages, and Factmark reads PDFs of up to ${MAX_PDF_PAGES.toLocaleString('en-GB')}`,
    );
  }
}
