import { UserFacingError } from '../../shared/ipc/result';

// What one import may cost. A hostile file (a decompression bomb, a PDF of 200,000 pages) is
// refused by the first limit it meets, with a message naming the file, and nothing is stored.
// The structural limits are checked while reading (before a parser gets the inflated data);
// the worker's time and memory limits catch whatever they do not foresee.

/** The most pages a PDF may have: a long report has a few hundred. */
export const MAX_PDF_PAGES = 2_000;

/**
 * Megabytes that the compressed parts of a file may unpack to, in all: a PDF's streams other
 * than images (page content, fonts, object streams), a Word document's zip parts. A 280-page
 * printed article unpacks to a few megabytes.
 */
export const MAX_INFLATED_MB = 128;

/** The most parts a Word document's zip may have. */
export const MAX_ZIP_ENTRIES = 10_000;

/** The most characters of text one article may have (a 50 MB file of plain text holds about 50 million). */
export const MAX_ARTICLE_CHARS = 20_000_000;

/**
 * Megabytes the process may grow by while a worker reads one file: the worker's heap and
 * everything outside it (pdf.js's and the inflaters' buffers), as the operating system counts it.
 */
export const IMPORT_MEMORY_MB = 640;

/**
 * How long reading a file may take: 30 s plus 3 s per megabyte. A legitimate 5 MB Word document
 * takes about 15 s on a busy two-core machine and gets 45 s; the known bombs are stopped by the
 * structural limits within seconds, so this only bounds what those do not foresee.
 */
export function importTimeLimitMs(byteLength: number): number {
  return 30_000 + Math.ceil((byteLength / (1024 * 1024)) * 3_000);
}

/** The UserFacingError for a file that is too large to read: `what` says what is too large. */
export function tooLargeToRead(fileName: string, what: string): UserFacingError {
  return new UserFacingError('import-failed', `"${fileName}" is too large to read: ${what}.`);
}

/** Throws when `chars` characters of text are more than one article may have. */
export function checkArticleLength(fileName: string, chars: number): void {
  if (chars > MAX_ARTICLE_CHARS) {
    throw tooLargeToRead(fileName, `it has more than ${MAX_ARTICLE_CHARS.toLocaleString('en-GB')} characters of text`);
  }
}
