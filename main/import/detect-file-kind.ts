/** What a file is, judged by its first bytes rather than its name. */
export type FileKind = 'text' | 'pdf' | 'zip' | 'html' | 'image';

/**
 * Sniffs the kind of an imported file from its content. Only 'text' can be imported so far;
 * the others let the error message say what the file really is.
 */
export function detectFileKind(bytes: Uint8Array): FileKind {
  const head = String.fromCharCode(...bytes.subarray(0, 512));
  if (head.startsWith('%PDF-')) return 'pdf';
  if (head.startsWith('PK\u0003\u0004')) return 'zip';
  if (head.startsWith('\u0089PNG') || head.startsWith('\u00ff\u00d8\u00ff') || head.startsWith('GIF8')) return 'image';
  const start = head.replace(/^\u00ef\u00bb\u00bf/, '').trimStart().slice(0, 100).toLowerCase();
  if (start.startsWith('<!doctype html') || start.startsWith('<html')) return 'html';
  return 'text';
}
