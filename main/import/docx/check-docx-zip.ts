import { UserFacingError } from '../../../shared/ipc/result';
import { countInflated } from '../count-inflated';
import { MAX_INFLATED_MB, MAX_ZIP_ENTRIES, tooLargeToRead } from '../import-limits';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const END_RECORD_BYTES = 22;
const MAX_COMMENT_BYTES = 0xffff;
const STORED = 0;
const DEFLATED = 8;
const MAX_NAME_SHOWN = 120;

interface ZipPart {
  name: string;
  method: number;
  compressedSize: number;
  statedSize: number;
  localOffset: number;
}

/**
 * Checks a Word document's zip before mammoth unpacks it: at most MAX_ZIP_ENTRIES parts, whose
 * stated sizes and whose real inflated sizes (each part inflated and counted, stopping at the
 * limit, so a bomb costs one chunk of memory) stay within MAX_INFLATED_MB in all, and each part
 * inflating to exactly the size the zip states (JSZip, under mammoth, would otherwise fail with
 * "uncompressed data size mismatch", or unpack a bomb whose sizes lie). Throws a
 * UserFacingError naming the file when a limit is passed or a size is wrong; bytes that are not a
 * zip at all pass, for mammoth to refuse with its own reason.
 */
export async function checkDocxZip(bytes: Uint8Array, fileName: string): Promise<void> {
  const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts = readDirectory(zip, fileName);
  if (parts === undefined) return;
  const limit = MAX_INFLATED_MB * 1024 * 1024;
  const stated = parts.reduce((sum, part) => sum + part.statedSize, 0);
  if (stated > limit) {
    throw tooLargeToRead(fileName, `its parts unpack to ${megabytes(stated)}, and a Word document may unpack to at most ${MAX_INFLATED_MB} MB in all`);
  }
  // With the stated sizes within the limit, each part inflating to exactly its stated size keeps
  // the real total within it too.
  for (const part of parts) {
    if (part.method !== DEFLATED && part.method !== STORED) continue;
    const data = partData(zip, part, fileName);
    const inflated = part.method === STORED ? { bytes: data.length, over: false } : await countInflated(data, 'raw', part.statedSize);
    if (inflated.over || inflated.bytes !== part.statedSize) {
      const real = inflated.over ? `more than the ${describeBytes(part.statedSize)}` : `${describeBytes(inflated.bytes)}, not the ${describeBytes(part.statedSize)}`;
      throw damaged(fileName, `its part ${part.name} unpacks to ${real} the file states`);
    }
  }
}

// The parts listed in the zip's central directory; undefined when the bytes are not a zip.
function readDirectory(zip: Buffer, fileName: string): ZipPart[] | undefined {
  const end = findEndRecord(zip);
  if (end === undefined) return undefined;
  const count = zip.readUInt16LE(end + 10);
  const offset = zip.readUInt32LE(end + 16);
  if (count === 0xffff || offset === 0xffffffff) throw damaged(fileName, 'it is a zip64 archive, which Word does not write for documents under 4 GB');
  if (count > MAX_ZIP_ENTRIES) throw tooLargeToRead(fileName, `it has ${count.toLocaleString('en-GB')} parts, and a Word document may have at most ${MAX_ZIP_ENTRIES.toLocaleString('en-GB')}`);
  const parts: ZipPart[] = [];
  let at = offset;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== DIRECTORY_ENTRY) throw damaged(fileName, 'its list of parts is cut short');
    const nameLength = zip.readUInt16LE(at + 28);
    parts.push({
      // A zip may name a part with 64 KB of anything; messages show the start of it.
      name: zip.toString('utf8', at + 46, at + 46 + Math.min(nameLength, MAX_NAME_SHOWN)),
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      statedSize: zip.readUInt32LE(at + 24),
      localOffset: zip.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return parts;
}

function findEndRecord(zip: Buffer): number | undefined {
  const last = zip.length - END_RECORD_BYTES;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT_BYTES; at -= 1) {
    if (zip.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  return undefined;
}

function partData(zip: Buffer, part: ZipPart, fileName: string): Buffer {
  const at = part.localOffset;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL_HEADER) throw damaged(fileName, `its part ${part.name} is missing`);
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  return zip.subarray(start, start + part.compressedSize);
}

function damaged(fileName: string, detail: string): UserFacingError {
  return new UserFacingError('import-failed', `"${fileName}" is damaged or not a complete Word document: ${detail}.`);
}

function describeBytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024).toLocaleString('en-GB')} KB` : megabytes(bytes);
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024).toLocaleString('en-GB')} MB`;
}
