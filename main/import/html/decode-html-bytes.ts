import { decodeText } from '../decode-text';
import { decodeWindows1252 } from '../encoding/decode-windows-1252';

// The spec's prescan looks at the first 1024 bytes for a <meta charset> or http-equiv declaration.
const PRESCAN_BYTES = 1024;
const META_CHARSET = /<meta\s[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/iu;

/**
 * Decodes a saved web page as browsers do: a byte-order mark wins, then the page's own
 * `<meta charset>` (or `http-equiv="Content-Type"`) in its first 1024 bytes, then detection from
 * the text (decodeText: valid UTF-8, else the legacy encoding the bytes look like — GBK, Big5,
 * Shift_JIS, KOI8-R, … —, else Windows-1252). Bytes that are valid UTF-8 and not plain ASCII are
 * read as UTF-8 whatever the page declares: tools that save pages re-encode them as UTF-8 but
 * keep the original `<meta charset="gb2312">`, and text really in a legacy multi-byte or 8-bit
 * encoding is practically never valid UTF-8. A declared encoding Node cannot decode, or UTF-16
 * declared without a BOM (which the HTML spec ignores), counts as no declaration. Throws
 * decodeText's UserFacingError, naming the file, for binary data.
 */
export function decodeHtmlBytes(bytes: Uint8Array, fileName: string): string {
  const declared = declaredEncoding(bytes);
  if (declared === undefined || declared === 'utf-8' || hasBom(bytes) || isNonAsciiUtf8(bytes)) {
    return decodeText(bytes, fileName).text;
  }
  // Node's own 'windows-1252' decoder is Latin-1 and would turn curly quotes into controls.
  if (declared === 'windows-1252') return decodeWindows1252(bytes);
  return new TextDecoder(declared).decode(bytes);
}

/** The WHATWG name of the declared encoding ("gb2312" → "gbk", "latin1" → "windows-1252"). */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, PRESCAN_BYTES));
  const label = META_CHARSET.exec(head)?.[1];
  if (label === undefined) return undefined;
  let encoding: string;
  try {
    encoding = new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
  return encoding.startsWith('utf-16') ? undefined : encoding;
}

// Plain ASCII is valid UTF-8 and every legacy encoding alike: then the declaration decides.
function isNonAsciiUtf8(bytes: Uint8Array): boolean {
  try {
    return /[^\u0000-\u007f]/u.test(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return false;
  }
}

function hasBom(bytes: Uint8Array): boolean {
  return (
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff)
  );
}
