import { UserFacingError } from '../../shared/ipc/result';
import { decodeDetectedEncoding } from './encoding/decode-detected-encoding';
import { decodeWindows1252 } from './encoding/decode-windows-1252';

/** Text decoded from a file's bytes, and how. */
export interface DecodedText {
  text: string;
  /** The WHATWG name of the encoding read: "utf-8", "utf-16le", "shift_jis", "windows-1252", … */
  encoding: string;
}

/**
 * Decodes a text file as browsers do when nothing is declared: a BOM decides (UTF-8, UTF-16
 * LE/BE); without one, UTF-16 is recognised by its zero bytes, then bytes that are valid UTF-8
 * are read as UTF-8, then the legacy encoding is detected from the text (GBK, Big5, Shift_JIS,
 * KOI8-R, Windows-1251, …), and Windows-1252 is the fallback when detection is unsure (the usual
 * encoding of text saved by older Windows tools). Throws a UserFacingError naming the file when
 * the bytes are not text.
 */
export function decodeText(bytes: Uint8Array, fileName: string): DecodedText {
  const decoded = decodeUndeclared(bytes);
  if (looksBinary(decoded.text)) {
    throw new UserFacingError('import-failed', `"${fileName}" is not a text file: it contains binary data.`);
  }
  return decoded;
}

function decodeUndeclared(bytes: Uint8Array): DecodedText {
  const unicode = unicodeEncoding(bytes);
  if (unicode) return { text: new TextDecoder(unicode).decode(bytes), encoding: unicode };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return decodeDetectedEncoding(bytes) ?? { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

function unicodeEncoding(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return guessUtf16(bytes);
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
