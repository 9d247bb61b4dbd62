// The few records of the zip format a Word document's checks need, read straight from the bytes
// (APPNOTE.TXT 4.3): the end-of-central-directory record, the directory's entries, and where an
// entry's data starts. Nothing here inflates anything.

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const END_RECORD_BYTES = 22;
const MAX_COMMENT_BYTES = 0xffff;

/** Compression methods Word writes. */
export const STORED = 0;
export const DEFLATED = 8;

/** Where the central directory is and how many entries it says it holds. */
export type ZipDirectory = { count: number; offset: number };

/** One part as the central directory lists it. */
export type ZipEntry = { name: string; method: number; compressedSize: number; statedSize: number; localOffset: number };

/** The central directory named by the end record, or undefined when the bytes are not a zip. */
export function findZipDirectory(zip: Buffer): ZipDirectory | undefined {
  const last = zip.length - END_RECORD_BYTES;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT_BYTES; at -= 1) {
    if (zip.readUInt32LE(at) === END_OF_DIRECTORY) return { count: zip.readUInt16LE(at + 10), offset: zip.readUInt32LE(at + 16) };
  }
  return undefined;
}

/** The directory's entries in order, or undefined when the list is cut short. */
export function readZipEntries(zip: Buffer, directory: ZipDirectory): ZipEntry[] | undefined {
  const entries: ZipEntry[] = [];
  let at = directory.offset;
  for (let i = 0; i < directory.count; i += 1) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== DIRECTORY_ENTRY) return undefined;
    const nameLength = zip.readUInt16LE(at + 28);
    entries.push({
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      statedSize: zip.readUInt32LE(at + 24),
      localOffset: zip.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

/** An entry's stored (still compressed) bytes, or undefined when its local header is missing. */
export function readEntryData(zip: Buffer, entry: ZipEntry): Buffer | undefined {
  const at = entry.localOffset;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL_HEADER) return undefined;
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  return zip.subarray(start, start + entry.compressedSize);
}
