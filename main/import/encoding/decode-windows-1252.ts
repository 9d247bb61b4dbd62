// Windows-1252's 0x80–0x9F block. Node's TextDecoder treats 'windows-1252' as Latin-1 and
// turns curly quotes and dashes into C1 control characters, so this block is mapped here (five
// bytes the code page leaves undefined keep their C1 character, as the WHATWG decoder does).
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Decodes bytes as Windows-1252 (the WHATWG reading of Latin-1 and ASCII too); never fails. */
export function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes).replace(/[\u0080-\u009f]/gu, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}
