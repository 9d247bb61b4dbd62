import { parsePdfDate } from './parse-pdf-date';

/** What the PDF's Info dictionary says about the article; absent fields are unknown. */
export interface PdfMetadata {
  title?: string;
  byline?: string;
  published?: string;
  /** The catalog's /Lang (pdf.js reports it as `Language`), as written there. */
  lang?: string;
}

// Titles that word processors and converters write on their own: a file name, "Untitled",
// "Microsoft Word - report.docx", Chromium's "about:blank". They say nothing about the article.
const GENERATED_TITLE =
  /^(?:untitled(?:\s+document)?|about:blank|document\d*|microsoft (?:word|powerpoint) - .*|.*\.(?:docx?|odt|rtf|pdf|pages|indd|qxd|txt|html?))$/i;

/**
 * Reads title, author, creation date and language from pdf.js's `info` object (the Info dictionary, whose
 * values are strings the file supplied). CreationDate becomes ISO 8601. Generated titles and
 * blank values are left out.
 */
export function readPdfMetadata(info: unknown): PdfMetadata {
  const entries = typeof info === 'object' && info !== null ? (info as Record<string, unknown>) : {};
  const text = (key: string) => {
    const value = entries[key];
    return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
  };
  const metadata: PdfMetadata = {};
  const title = text('Title');
  if (title !== '' && !GENERATED_TITLE.test(title)) metadata.title = title;
  const author = text('Author');
  if (author !== '') metadata.byline = author;
  const published = parsePdfDate(text('CreationDate'));
  if (published !== null) metadata.published = published;
  const lang = text('Language');
  if (lang !== '') metadata.lang = lang;
  return metadata;
}
