import { decodeText } from '../decode-text';

// Labels that mean UTF-8 or Windows-1252 (what the WHATWG Encoding spec maps Latin-1 and ASCII
// to): decodeText handles both, and handles Windows-1252 correctly where Node's decoder does not.
const DECODE_TEXT_LABELS =
  /^(?:utf-?8|unicode-1-1-utf-8|windows-1252|cp1252|x-cp1252|iso-8859-1|iso8859-1|iso_8859-1|latin1|l1|us-ascii|ascii|ansi_x3\.4-1968)$/iu;
// The spec's prescan looks at the first 1024 bytes for a <meta charset> or http-equiv declaration.
const PRESCAN_BYTES = 1024;
const META_CHARSET = /<meta\s[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/iu;

/**
 * Decodes a saved web page. A byte-order mark wins, then the page's own `<meta charset>` (or
 * `http-equiv="Content-Type"`) in its first 1024 bytes, as browsers do; without either, the text
 * is read as decodeText reads plain text (strict UTF-8, else Windows-1252). Bytes that are valid
 * UTF-8 and not plain ASCII are read as UTF-8 whatever the page declares: tools that save pages
 * re-encode them as UTF-8 but keep the original `<meta charset="gb2312">`, and text really in a
 * legacy multi-byte or 8-bit encoding is practically never valid UTF-8. A declared encoding
 * Node cannot decode, or UTF-16 declared without a BOM (which the HTML spec ignores), falls back
 * the same way. Throws decodeText's UserFacingError, naming the file, for binary data.
 */
export function decodeHtmlBytes(bytes: Uint8Array, fileName: string): string {
  const declared = declaredCharset(bytes);
  if (
    declared === undefined ||
    DECODE_TEXT_LABELS.test(declared) ||
    /^utf-?16/iu.test(declared) ||
    hasBom(bytes) ||
    isNonAsciiUtf8(bytes)
  ) {
    return decodeText(bytes, fileName).text;
  }
  try {
    return new TextDecoder(declared).decode(bytes);
  } catch {
    return decodeText(bytes, fileName).text;
  }
}

function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, PRESCAN_BYTES));
  return META_CHARSET.exec(head)?.[1];
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
