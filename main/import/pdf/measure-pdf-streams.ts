import { countInflated } from '../count-inflated';

/** What a PDF's compressed streams unpack to: bytes counted, and whether that passed the limit. */
export interface PdfStreamsMeasure {
  bytes: number;
  over: boolean;
}

// How far back from `stream` its dictionary may start; a stream dictionary is a few hundred bytes.
const DICTIONARY_WINDOW = 64 * 1024;
const FLATE = new Set(['FlateDecode', 'Fl']);

/**
 * Inflates, in order, every FlateDecode stream in the PDF's bytes except images (page content,
 * form XObjects, fonts, object and xref streams: what text extraction decodes), counting what
 * they unpack to and stopping once the total passes `limitBytes` — before pdf.js, which keeps a
 * decoded stream whole in memory, ever sees a bomb. Streams under other filters (LZW, run-length,
 * ASCII encodings) are not measured; the import worker's memory and time limits bound those.
 */
export async function measurePdfStreams(bytes: Uint8Array, limitBytes: number): Promise<PdfStreamsMeasure> {
  const pdf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  for (let at = pdf.indexOf('stream'); at !== -1; at = pdf.indexOf('stream', at + 1)) {
    const dataStart = streamDataStart(pdf, at);
    if (dataStart === undefined) continue;
    const found = pdf.indexOf('endstream', dataStart);
    const dataEnd = found === -1 ? pdf.length : found;
    const filters = flateFilters(dictionaryBefore(pdf, at));
    at = dataEnd + 'endstream'.length - 1;
    if (filters === undefined) continue;
    let data: Buffer = pdf.subarray(dataStart, dataEnd);
    for (let stage = 0; stage < filters.length; stage += 1) {
      const last = stage === filters.length - 1;
      const inflated = await countInflated(data, 'zlib', limitBytes - total, !last);
      if (inflated.over) return { bytes: total + inflated.bytes, over: true };
      if (last) total += inflated.bytes;
      else data = inflated.output ?? Buffer.alloc(0);
    }
  }
  return { bytes: total, over: false };
}

// Where a stream's data starts when `at` is the keyword `stream` after a dictionary (`>>`),
// followed by an end of line; undefined for the word anywhere else (`endstream`, inside data).
function streamDataStart(pdf: Buffer, at: number): number | undefined {
  if (at >= 3 && pdf.toString('latin1', at - 3, at) === 'end') return undefined;
  let before = at - 1;
  while (before > 0 && isWhite(pdf[before]!)) before -= 1;
  if (pdf.toString('latin1', before - 1, before + 1) !== '>>') return undefined;
  const after = at + 'stream'.length;
  if (pdf[after] === 0x0d && pdf[after + 1] === 0x0a) return after + 2;
  if (pdf[after] === 0x0a || pdf[after] === 0x0d) return after + 1;
  return undefined;
}

function dictionaryBefore(pdf: Buffer, at: number): string {
  const start = Math.max(pdf.lastIndexOf('obj', at), at - DICTIONARY_WINDOW, 0);
  return pdf.toString('latin1', start, at);
}

// The stream's filters when they are all FlateDecode and it is not an image; else undefined.
function flateFilters(dictionary: string): string[] | undefined {
  if (/\/Subtype\s*\/Image\b/u.test(dictionary)) return undefined;
  const match = /\/Filter\s*(?:\/(\w+)|\[([^\]]*)\])/u.exec(dictionary);
  if (match === null) return undefined;
  const names = match[1] !== undefined ? [match[1]] : [...(match[2] ?? '').matchAll(/\/(\w+)/gu)].map((m) => m[1]!);
  return names.length > 0 && names.every((name) => FLATE.has(name)) ? names : undefined;
}

function isWhite(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09 || byte === 0x0c || byte === 0x00;
}
