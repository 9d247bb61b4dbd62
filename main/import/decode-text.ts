import { UserFacingError } from '../../shared/ipc/result';

/** Which encoding the bytes were read as, for the record and for tests. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Text decoded from a file's bytes, and how. */
export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/**
 * Decodes a text file: a BOM decides (UTF-8, UTF-16 LE/BE); without one, UTF-16 is recognised
 * by its zero bytes, then strict UTF-8 is tried and Windows-1252 is the fallback (the usual
 * encoding of text saved by older Windows tools). Throws a UserFacingError naming the file when
 * the bytes are not text.
 */
export function decodeText(bytes: Uint8Array, fileName: string): DecodedText {
  const encoding = detectEncoding(bytes);
  const text = encoding === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(encoding).decode(bytes);
  if (looksBinary(text)) {
    throw new UserFacingError('import-failed', `"${fileName}" is not a text file: it contains binary data.`);
  }
  return { text, encoding };
}

function detectEncoding(bytes: Uint8Array): TextEncodingName {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const utf16 = guessUtf16(bytes);
  if (utf16) return utf16;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/** English text in UTF-16 without a BOM has a zero byte in most even (BE) or odd (LE) places. */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sample = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (sample < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = sample / 2;
  if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.05) return 'utf-16be';
  return undefined;
}

// Windows-1252's 0x80–0x9F block. Node's TextDecoder treats 'windows-1252' as Latin-1 and
// turns curly quotes and dashes into C1 control characters, so this block is mapped here.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    text += Array.from(chunk, (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b))).join('');
  }
  return text;
}

/** NUL or many other control characters mean the file is not prose, whatever its name says. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (sample.includes('\u0000')) return true;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) controls++;
  }
  return controls > sample.length * 0.01;
}
