import mammoth from 'mammoth';
import { UserFacingError } from '../../../shared/ipc/result';
import type { ArticleParts, ArticlePartsOptions } from '../html/article-parts';
import { htmlToArticleParts } from '../html/html-to-article-parts';
import { checkDocxZip } from './check-docx-zip';

// Word's own styles for titles, quotes and captions, on top of mammoth's default map (headings,
// lists). Only tags the HTML route's whitelist understands are produced.
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => p:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  "p[style-name='caption'] => figcaption:fresh",
];

// Images become empty <img> elements that keep only their alt text: their bytes are never read,
// decoded or turned into data: URLs, and a linked (external) image is never fetched or opened.
const convertImage = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

/**
 * A Word document (.docx bytes) → the parts of an article, by the HTML route: mammoth converts
 * the document to HTML, which `htmlToArticleParts` reads without Readability (the document is
 * the article). Mammoth never fetches anything; external file access is off, a style map embedded
 * in the document is ignored (it could map paragraphs to any element), and embedded HTML
 * (`w:altChunk`) is skipped by mammoth, so its content is not imported (a note says so).
 * Throws a UserFacingError naming `options.fileName` when the bytes are not a readable .docx, or
 * unpack to more than the import limits allow (checked by checkDocxZip before mammoth unpacks them).
 */
export async function docxToArticleParts(bytes: Uint8Array, options: ArticlePartsOptions): Promise<ArticleParts> {
  await checkDocxZip(bytes, options.fileName);
  let result: { value: string; messages: Array<{ message: string }> };
  try {
    result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { styleMap: STYLE_MAP, includeEmbeddedStyleMap: false, externalFileAccess: false, convertImage },
    );
  } catch (error) {
    throw new UserFacingError('import-failed', `"${options.fileName}" is not a readable Word document (${describe(error)}).`);
  }
  const parts = htmlToArticleParts(`<!doctype html><html><head></head><body>${result.value}</body></html>`, {
    ...options,
    extract: 'document',
  });
  const skippedHtml = result.messages.some((message) => message.message.includes('w:altChunk'));
  return skippedHtml ? { ...parts, notes: [...parts.notes, EMBEDDED_HTML_NOTE] } : parts;
}

/** The note given when a Word document holds embedded HTML, which is never imported. */
export const EMBEDDED_HTML_NOTE = 'The document contains embedded HTML (altChunk), which was not imported.';

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.slice(0, 200);
}
