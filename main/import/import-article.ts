import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { cleanPlainText } from '../../shared/clean';
import { ARTICLE_SCHEMA_VERSION, articleSchema, type Article } from '../../shared/model/article';
import { MAX_IMPORT_BYTES } from '../../shared/ipc/contract';
import { UserFacingError } from '../../shared/ipc/result';
import { withArticleLanguage } from './article-language';
import { decodeText } from './decode-text';
import { detectFileKind, type FileKind } from './detect-file-kind';
import { checkArticleLength } from './import-limits';
import { runInImportWorker, type ImportControl } from './import-worker-pool';
import type { RouteParts, WorkerRoute } from './route-protocol';

export type { ImportControl } from './import-worker-pool';
export type { ImportProgress } from './route-protocol';

/** A file as received: its name (for messages and the record) and its bytes. */
export interface ImportSource {
  fileName: string;
  bytes: Uint8Array;
}

/** The media type each route records in `article.source`; reading an article again goes by it. */
const MEDIA_TYPES = {
  text: 'text/plain',
  markdown: 'text/markdown',
  html: 'text/html',
  pastedHtml: 'text/html; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const;

const UNSUPPORTED: Record<'zip' | 'image', string> = {
  zip: 'a zip archive but not a Word document (.docx); Factmark imports web pages, Markdown, Word documents, PDFs and plain text',
  image: 'an image; Factmark imports text, so run OCR on it first and import the text',
};

/**
 * Turns an imported file of any supported kind into an article. The kind is judged by content
 * (the name only tells Markdown from plain text): web pages, Markdown, Word documents and PDFs are
 * read in the import worker (see runInImportWorker), plain text here. The caller stores the
 * article and the untouched bytes. Throws a UserFacingError naming the file and the problem (then
 * nothing should be stored); rejects with `control.signal.reason` when cancelled.
 */
export async function importFile(source: ImportSource, id: string, now: Date, control: ImportControl = {}): Promise<Article> {
  const fileName = checkSource(source);
  const kind = detectFileKind(source.bytes, fileName);
  if (kind === 'text') return withArticleLanguage(importPlainText(source, id, now));
  const route = workerRouteOf(kind, fileName);
  const article = newArticle(source, fileName, MEDIA_TYPES[route], id, now);
  const parts = await runInImportWorker({ route, fileName, bytes: source.bytes, restore: [] }, control);
  return withArticleLanguage(withParts(article, parts), parts.lang);
}

/**
 * Turns HTML pasted from the clipboard into an article, by the web-page route, in the import
 * worker: the markup is parsed there and never in a live page. The source is recorded as
 * "Pasted web page.html" (UTF-8). `title`, when given, replaces the title found.
 */
export async function importPastedHtml(
  html: string,
  title: string | undefined,
  id: string,
  now: Date,
  control: ImportControl = {},
): Promise<Article> {
  const source = { fileName: 'Pasted web page.html', bytes: Buffer.from(html, 'utf8') };
  const fileName = checkSource(source);
  const article = newArticle(source, fileName, MEDIA_TYPES.pastedHtml, id, now);
  const parts = await runInImportWorker({ route: 'html', fileName, bytes: source.bytes, restore: [], utf8: true }, control);
  const read = await withArticleLanguage(withParts(article, parts), parts.lang);
  return title?.trim() ? { ...read, metadata: { ...read.metadata, title: title.trim() } } : read;
}

/**
 * Turns a plain-text file into an article: checks size and kind, decodes, cleans the text.
 * Pure but for hashing; the language is left for `withArticleLanguage` (importFile adds it).
 * Throws a UserFacingError naming the file and the problem.
 */
export function importPlainText(source: ImportSource, id: string, now: Date): Article {
  const fileName = checkSource(source);
  const kind = detectFileKind(source.bytes);
  if (kind !== 'text' && kind !== 'markdown')
    throw new UserFacingError('import-failed', `"${fileName}" is ${describeKind(kind)}, not plain text.`);
  return recleanPlainText(newArticle(source, fileName, MEDIA_TYPES.text, id, now), source.bytes, []);
}

/**
 * Reads an article's source bytes again by the route that first read them (its media type),
 * keeping the dropped items the analyst chose to restore (added to those restored before). The
 * id, source record and import notes stay; blocks, metadata, images and the dropped list are
 * rebuilt. Throws a UserFacingError naming the file when it cannot be read.
 */
export async function recleanArticle(
  article: Article,
  bytes: Uint8Array,
  restore: readonly number[],
  control: ImportControl = {},
): Promise<Article> {
  const route = routeOfMediaType(article.source.mediaType);
  if (route === 'text') return withArticleLanguage(recleanPlainText(article, bytes, restore));
  const restored = mergeRestored(article.cleaning.restored, restore);
  const request = {
    route,
    fileName: article.source.fileName,
    bytes,
    restore: restored,
    utf8: article.source.mediaType === MEDIA_TYPES.pastedHtml,
  };
  const parts = await runInImportWorker(request, control);
  return withArticleLanguage(withParts({ ...withoutParts(article), cleaning: { dropped: [], restored } }, parts), parts.lang);
}

/** The article without what its route gave it last time (images and notes are read again). */
function withoutParts(article: Article): Article {
  const kept = { ...article };
  delete kept.images;
  delete kept.importNotes;
  return kept;
}

function recleanPlainText(article: Article, bytes: Uint8Array, restore: readonly number[]): Article {
  const { text } = decodeText(bytes, article.source.fileName);
  if (text.trim() === '') throw new UserFacingError('import-failed', `"${article.source.fileName}" contains no text.`);
  checkArticleLength(article.source.fileName, text.length);
  const restored = mergeRestored(article.cleaning.restored, restore);
  const cleaned = cleanPlainText(text, { restore: restored });
  if (cleaned.blocks.length === 0) {
    throw new UserFacingError('import-failed', `"${article.source.fileName}" has no article text left after removing web page furniture.`);
  }
  return articleSchema.parse({
    ...article,
    metadata: { ...cleaned.metadata, title: cleaned.metadata.title || fallbackTitle(article.source.fileName) },
    blocks: cleaned.blocks.map((b) => ({ type: b.type, text: b.text, lines: b.lines })),
    cleaning: { dropped: cleaned.dropped, restored },
  });
}

/** The article with a route's parts in it; refuses parts with no text, naming the file. */
function withParts(article: Article, parts: RouteParts): Article {
  const { fileName } = article.source;
  if (!parts.blocks.some((block) => /\p{L}|\p{N}/u.test(block.text))) {
    throw new UserFacingError('import-failed', `"${fileName}" has no article text that Factmark can read.`);
  }
  const notes = parts.notes.length > 0 ? parts.notes : undefined;
  const images = parts.images.length > 0 ? parts.images : undefined;
  const restored = article.cleaning.restored;
  return articleSchema.parse({
    ...article,
    metadata: { ...parts.metadata, title: parts.metadata.title || fallbackTitle(fileName) },
    blocks: parts.blocks,
    cleaning: { dropped: parts.dropped, restored },
    ...(images && { images }),
    ...(notes && { importNotes: notes }),
  });
}

function workerRouteOf(kind: Exclude<FileKind, 'text'>, fileName: string): WorkerRoute {
  switch (kind) {
    case 'html':
    case 'markdown':
    case 'docx':
    case 'pdf':
      return kind;
    case 'zip':
    case 'image':
      throw new UserFacingError('import-failed', `"${fileName}" is ${UNSUPPORTED[kind]}.`);
  }
}

function routeOfMediaType(mediaType: string): WorkerRoute | 'text' {
  if (mediaType.startsWith('text/html')) return 'html';
  if (mediaType === MEDIA_TYPES.markdown) return 'markdown';
  if (mediaType === MEDIA_TYPES.docx) return 'docx';
  if (mediaType === MEDIA_TYPES.pdf) return 'pdf';
  return 'text';
}

function describeKind(kind: Exclude<FileKind, 'text' | 'markdown'>): string {
  const names = { pdf: 'a PDF document', docx: 'a Word document', zip: 'a zip archive', html: 'a web page (HTML)', image: 'an image' };
  return names[kind];
}

/** The file's base name, once it is known not to be empty or too large. */
function checkSource(source: ImportSource): string {
  const fileName = basename(source.fileName);
  if (source.bytes.length === 0) throw new UserFacingError('import-failed', `"${fileName}" is empty.`);
  if (source.bytes.length > MAX_IMPORT_BYTES) {
    const mb = (source.bytes.length / 1024 / 1024).toFixed(1);
    throw new UserFacingError('import-failed', `"${fileName}" is too large (${mb} MB); the limit is ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`);
  }
  return fileName;
}

function mergeRestored(before: readonly number[], restore: readonly number[]): number[] {
  return [...new Set([...before, ...restore])].sort((a, b) => a - b);
}

function newArticle(source: ImportSource, fileName: string, mediaType: string, id: string, now: Date): Article {
  return {
    schemaVersion: ARTICLE_SCHEMA_VERSION,
    id,
    metadata: { title: '' },
    blocks: [],
    source: {
      fileName,
      mediaType,
      sha256: createHash('sha256').update(source.bytes).digest('hex'),
      byteLength: source.bytes.length,
      importedAt: now.toISOString(),
    },
    cleaning: { dropped: [], restored: [] },
  };
}

function fallbackTitle(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, '') || 'Untitled article';
}
