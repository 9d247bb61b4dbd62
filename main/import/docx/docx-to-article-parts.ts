import mammoth from 'mammoth';
import { UserFacingError } from '../../../shared/ipc/result';
import type { ArticleParts, ArticlePartsOptions } from '../html/article-parts';
import { htmlToArticleParts } from '../html/html-to-article-parts';
import { checkDocxZip } from './check-docx-zip';
import { plainDocxHtml } from './plain-docx-html';

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
 * A Word document (.docx bytes) → the parts of an article, by the HTML route: a plain document
 * (paragraphs, headings, links) is written as HTML by `plainDocxHtml`, reading as the same
 * article as mammoth's HTML, and anything else is converted by mammoth; `htmlToArticleParts` reads the HTML
 * without Readability (the document is the article). Mammoth never fetches anything; external file access is off, a style map embedded
 * in the document is ignored (it could map paragraphs to any element), and embedded HTML
 * (`w:altChunk`) is skipped by mammoth, so its content is not imported (a note says so).
 * Throws a UserFacingError naming `options.fileName` when the bytes are not a readable .docx, or
 * unpack to more than the import limits allow (checked by checkDocxZip before mammoth unpacks them).
 */
export async function docxToArticleParts(bytes: Uint8Array, options: ArticlePartsOptions): Promise<ArticleParts> {
  await checkDocxZip(bytes, options.fileName);
  const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const plain = await plainDocxHtml(zip);
  const { html, skippedHtml } = plain === undefined ? await mammothHtml(zip, options.fileName) : { html: plain, skippedHtml: false };
  const parts = htmlToArticleParts(`<!doctype html><html><head></head><body>${html}</body></html>`, { ...options, extract: 'document' });
  return skippedHtml ? { ...parts, notes: [...parts.notes, EMBEDDED_HTML_NOTE] } : parts;
}

/**
 * The document as mammoth converts it to HTML, and whether mammoth skipped embedded HTML.
 * Throws a UserFacingError naming `fileName` when mammoth cannot read the document.
 */
export async function mammothHtml(zip: Buffer, fileName: string): Promise<{ html: string; skippedHtml: boolean }> {
  try {
    const result = await mammoth.convertToHtml(
      { buffer: zip },
      { styleMap: STYLE_MAP, includeEmbeddedStyleMap: false, externalFileAccess: false, convertImage },
    );
    return { html: result.value, skippedHtml: result.messages.some((message) => message.message.includes('w:altChunk')) };
  } catch (error) {
    throw new UserFacingError('import-failed', `"${fileName}" is not a readable Word document (${describe(error)}).`);
  }
}

/** The note given when a Word document holds embedded HTML, which is never imported. */
export const EMBEDDED_HTML_NOTE = 'The document contains embedded HTML (altChunk), which was not imported.';

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.slice(0, 200);
}
