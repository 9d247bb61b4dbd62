import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { cleanPlainText } from '../../shared/clean';
import { ARTICLE_SCHEMA_VERSION, articleSchema, type Article } from '../../shared/model/article';
import { MAX_IMPORT_BYTES } from '../../shared/ipc/contract';
import { UserFacingError } from '../../shared/ipc/result';
import { decodeText } from './decode-text';
import { detectFileKind, type FileKind } from './detect-file-kind';
import { pdfToArticleParts } from './pdf';

/** A file as received: its name (for messages and the record) and its bytes. */
export interface ImportSource {
  fileName: string;
  bytes: Uint8Array;
}

const KIND_NAMES: Record<Exclude<FileKind, 'text'>, string> = {
  pdf: 'a PDF document',
  zip: 'a Word document or other zip archive',
  html: 'a web page (HTML)',
  image: 'an image',
};

/** What an import may be told: a way to cancel it and a place to report progress. */
export interface ImportOptions {
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Turns an imported file of any supported kind into an article. The kind is judged by content,
 * not by the name. The caller stores the article and the untouched bytes. Throws a
 * UserFacingError naming the file and the problem; then nothing should be stored.
 */
export async function importFile(source: ImportSource, id: string, now: Date, options: ImportOptions = {}): Promise<Article> {
  const fileName = checkSource(source);
  const kind = detectFileKind(source.bytes);
  switch (kind) {
    case 'text':
      return importPlainText(source, id, now);
    case 'pdf': {
      // A copy: pdf.js refuses Buffers and may detach the array it is given, and these bytes are stored next.
      const parts = await pdfToArticleParts(new Uint8Array(source.bytes), fileName, options);
      return articleSchema.parse({
        ...newArticle(source, fileName, 'application/pdf', id, now),
        metadata: parts.metadata,
        blocks: parts.blocks,
        cleaning: { dropped: parts.dropped.map((d, i) => ({ ...d, line: i })), restored: [] },
      });
    }
    case 'zip':
    case 'html':
    case 'image':
      throw new UserFacingError('import-failed', `"${fileName}" is ${KIND_NAMES[kind]}; Factmark imports plain text and PDF articles so far.`);
  }
}

/**
 * Turns a plain-text file into an article: checks size and kind, decodes, cleans the text.
 * Pure but for hashing. Throws a UserFacingError naming the file and the problem.
 */
export function importPlainText(source: ImportSource, id: string, now: Date): Article {
  const fileName = checkSource(source);
  const kind = detectFileKind(source.bytes);
  if (kind !== 'text') throw new UserFacingError('import-failed', `"${fileName}" is ${KIND_NAMES[kind]}, not plain text.`);
  return recleanArticle(newArticle(source, fileName, 'text/plain', id, now), source.bytes, []);
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

/**
 * Cleans a plain-text article's source bytes again, keeping the source lines the analyst chose to restore
 * (added to those restored before). The id and source record stay; blocks, metadata and the
 * dropped list are rebuilt.
 */
export function recleanArticle(article: Article, bytes: Uint8Array, restore: readonly number[]): Article {
  if (article.source.mediaType !== 'text/plain' && restore.length > 0) {
    throw new UserFacingError('import-failed', `Restoring dropped text is available for plain-text articles only; "${article.source.fileName}" is not one.`);
  }
  const { text } = decodeText(bytes, article.source.fileName);
  if (text.trim() === '') throw new UserFacingError('import-failed', `"${article.source.fileName}" contains no text.`);
  const restored = [...new Set([...article.cleaning.restored, ...restore])].sort((a, b) => a - b);
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

function fallbackTitle(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, '') || 'Untitled article';
}
