// Windows-1252's 0x80–0x9F block. Node's TextDecoder treats 'windows-1252' as Latin-1 and
// turns curly quotes and dashes into C1 control characters, so this block is mapped here.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Decodes bytes as Windows-1252 (the WHATWG reading of Latin-1 and ASCII too); never fails. */
export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    text += Array.from(chunk, (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b))).join('');
  }
  return text;
}
