import { analyse } from 'chardet';
import { decodeWindows1252 } from './decode-windows-1252';

// ICU's detector (which chardet ports) reads byte statistics; past 16 KB of non-ASCII text its
// answer no longer changes, while its time grows with the input (about 30 ms per 16 KB).
const SAMPLE_BYTES = 16 * 1024;
// chardet scores 0–100. Russian prose of one sentence scores 46 for its true encoding, the next
// candidate 15 or less; below 40 the detector is only telling neighbours apart by noise.
const MIN_CONFIDENCE = 40;
// Where an ISO standard encoding has a Windows superset that decodes the same letters, the
// superset is used, as browsers do (WHATWG maps iso-8859-1 to windows-1252 and iso-8859-9 to
// windows-1254): its extra curly quotes and dashes then decode rather than fail.
const SUPERSET: Record<string, string> = {
  'ISO-8859-1': 'windows-1252',
  'ISO-8859-8': 'windows-1255',
  'ISO-8859-9': 'windows-1254',
};
// Detections that describe no legacy 8-bit or multi-byte text: the Unicode forms are recognised
// before detection runs, and 7-bit ISO-2022 text is valid UTF-8 and read as such.
const NOT_LEGACY = /^(?:ascii|utf-|iso-2022)/iu;

/** Text decoded from bytes in an encoding that was detected, not declared. */
export interface DetectedText {
  text: string;
  /** The WHATWG name of the encoding, e.g. "shift_jis", "gb18030", "windows-1251". */
  encoding: string;
}

/**
 * Recognises the legacy encoding of bytes that are not UTF-8 (GBK/GB18030, Big5, Shift_JIS,
 * EUC-JP, EUC-KR, KOI8-R, Windows-125x, ISO-8859-x) from up to 16 KB of their text, starting at
 * the first non-ASCII byte, and decodes all of them in it. Candidates are tried best first, and
 * one is taken only when chardet is at least 40% sure of it and every byte of the sample is valid
 * in it (an invalid byte further on decodes to U+FFFD, as browsers do).
 * Returns undefined when no candidate is sure enough, which leaves the fallback to the caller.
 */
export function decodeDetectedEncoding(bytes: Uint8Array): DetectedText | undefined {
  const start = bytes.findIndex((byte) => byte >= 0x80);
  if (start < 0) return undefined;
  const sample = bytes.subarray(start, start + SAMPLE_BYTES);
  for (const { name, confidence } of analyse(sample)) {
    if (confidence < MIN_CONFIDENCE) break;
    if (NOT_LEGACY.test(name)) continue;
    const label = SUPERSET[name] ?? name;
    if (label === 'windows-1252') return { text: decodeWindows1252(bytes), encoding: label };
    const encoding = validEncoding(sample, label);
    // Past the sample a stray invalid byte becomes U+FFFD, as in a browser, rather than
    // sending the whole text back to Windows-1252.
    if (encoding !== undefined) return { text: new TextDecoder(encoding).decode(bytes), encoding };
  }
  return undefined;
}

/** The WHATWG name for `label` when Node decodes it and every byte of the sample is valid in it. */
function validEncoding(sample: Uint8Array, label: string): string | undefined {
  try {
    const decoder = new TextDecoder(label, { fatal: true });
    // Streaming, so a character cut by the sample's end is not an error.
    decoder.decode(sample, { stream: true });
    return decoder.encoding;
  } catch {
    // A label Node cannot decode, or a byte sequence invalid in it: not this candidate.
    return undefined;
  }
}
