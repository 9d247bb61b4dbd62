import { countInflated } from '../count-inflated';
import { MAX_INFLATED_MB } from '../import-limits';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const END_RECORD_BYTES = 22;
const MAX_COMMENT_BYTES = 0xffff;
const STORED = 0;
const DEFLATED = 8;

// Word marks the proofing language of runs (w:val for Latin text, w:eastAsia, w:bidi) and of
// the document's default style.
const RUN_LANG = /<w:lang\b[^>]*?\bw:val="([^"]{2,35})"/gu;
const DEFAULT_LANG = /<w:docDefaults>[\s\S]*?<w:lang\b[^>]*?\bw:val="([^"]{2,35})"/u;

/**
 * The language a Word document's text is marked with, as written ("es-ES"): the language most of
 * its runs carry in `word/document.xml`, else the default of `word/styles.xml`. Word writes the
 * writer's proofing language, which is often the interface's ("en-US") whatever the text, so the
 * caller checks it against the text. Undefined when the document marks none or the bytes are not
 * a readable zip; run after checkDocxZip, which bounds what the parts unpack to.
 */
export async function readDocxLang(bytes: Uint8Array): Promise<string | undefined> {
  const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const document = await readPart(zip, 'word/document.xml');
  const counts = new Map<string, number>();
  for (const [, lang] of document?.matchAll(RUN_LANG) ?? []) counts.set(lang!, (counts.get(lang!) ?? 0) + 1);
  const most = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (most !== undefined) return most;
  const styles = await readPart(zip, 'word/styles.xml');
  return styles === undefined ? undefined : DEFAULT_LANG.exec(styles)?.[1];
}

// The part's text, or undefined when the zip has no such part or cannot be read.
async function readPart(zip: Buffer, name: string): Promise<string | undefined> {
  const end = findEndRecord(zip);
  if (end === undefined) return undefined;
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < count && at + 46 <= zip.length && zip.readUInt32LE(at) === DIRECTORY_ENTRY; i += 1) {
    const nameLength = zip.readUInt16LE(at + 28);
    if (zip.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      return partText(zip, zip.readUInt16LE(at + 10), zip.readUInt32LE(at + 20), zip.readUInt32LE(at + 42));
    }
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return undefined;
}

async function partText(zip: Buffer, method: number, compressedSize: number, localOffset: number): Promise<string | undefined> {
  if (localOffset + 30 > zip.length || zip.readUInt32LE(localOffset) !== LOCAL_HEADER) return undefined;
  const start = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
  const data = zip.subarray(start, start + compressedSize);
  if (method === STORED) return data.toString('utf8');
  if (method !== DEFLATED) return undefined;
  const inflated = await countInflated(data, 'raw', MAX_INFLATED_MB * 1024 * 1024, true);
  return inflated.output?.toString('utf8');
}

function findEndRecord(zip: Buffer): number | undefined {
  const last = zip.length - END_RECORD_BYTES;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT_BYTES; at -= 1) {
    if (zip.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  return undefined;
}
