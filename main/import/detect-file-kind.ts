import { looksLikeMarkdown } from './looks-like-markdown';

/** What a file is, judged by its content (its name only tells Markdown from plain text). */
export type FileKind = 'text' | 'markdown' | 'html' | 'pdf' | 'docx' | 'zip' | 'image';

const HEAD_BYTES = 1024;
// A Word document is a zip holding word/document.xml; the name sits in plain bytes in the zip's
// local header and its central directory, so finding it needs no unzipping.
const DOCX_PART = Buffer.from('word/document.xml', 'latin1');
const HTML_START = /^(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|article|main)[\s>]/iu;
const HTML_NAME = /\.html?$/iu;
const MARKDOWN_NAME = /\.(?:md|markdown|mdown|mkd)$/iu;

/**
 * Sniffs the kind of an imported file from its content: PDF and zip signatures (a zip with
 * word/document.xml is a Word document), images, then text. Text that starts like a web page
 * (a doctype, `<html>`, or markup after a saved-page comment) is HTML, as is markup in a file
 * named .html/.htm; text named .md/.markdown, or that is clearly Markdown (front matter, headings
 * and links), is Markdown. Text may be UTF-8, UTF-16 (with a BOM) or a single-byte encoding.
 */
export function detectFileKind(bytes: Uint8Array, fileName = ''): FileKind {
  const head = latin1(bytes.subarray(0, HEAD_BYTES));
  if (head.startsWith('%PDF-')) return 'pdf';
  if (head.startsWith('PK\u0003\u0004'))
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(DOCX_PART) ? 'docx' : 'zip';
  if (head.startsWith('\u0089PNG') || head.startsWith('\u00ff\u00d8\u00ff') || head.startsWith('GIF8')) return 'image';
  const start = textStart(bytes).trimStart();
  if (HTML_START.test(start) || (HTML_NAME.test(fileName) && start.startsWith('<'))) return 'html';
  if (MARKDOWN_NAME.test(fileName) || looksLikeMarkdown(start)) return 'markdown';
  return 'text';
}

/** The first characters of a text file, BOM removed, read in the encoding its BOM names. */
function textStart(bytes: Uint8Array): string {
  const head = bytes.subarray(0, HEAD_BYTES * 4);
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder('utf-16le').decode(head.subarray(2));
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder('utf-16be').decode(head.subarray(2));
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return new TextDecoder().decode(head.subarray(3));
  return new TextDecoder().decode(head);
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}
