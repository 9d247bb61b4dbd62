import { UserFacingError } from '../../../shared/ipc/result';
import { countInflated } from '../count-inflated';
import { MAX_INFLATED_MB, MAX_ZIP_ENTRIES, tooLargeToRead } from '../import-limits';

import { DEFLATED, findZipDirectory, readEntryData, readZipEntries, STORED, type ZipEntry } from './zip-layout';

const MAX_NAME_SHOWN = 120;

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
    throw tooLargeToRead(
      fileName,
      `its parts unpack to ${megabytes(stated)}, and a Word document may unpack to at most ${MAX_INFLATED_MB} MB in all`,
    );
  }
  // With the stated sizes within the limit, each part inflating to exactly its stated size keeps
  // the real total within it too.
  for (const part of parts) {
    if (part.method !== DEFLATED && part.method !== STORED) continue;
    const data = partData(zip, part, fileName);
    const inflated = part.method === STORED ? { bytes: data.length, over: false } : await countInflated(data, 'raw', part.statedSize);
    if (inflated.over || inflated.bytes !== part.statedSize) {
      const real = inflated.over
        ? `more than the ${describeBytes(part.statedSize)}`
        : `${describeBytes(inflated.bytes)}, not the ${describeBytes(part.statedSize)}`;
      throw damaged(fileName, `its part ${shownName(part)} unpacks to ${real} the file states`);
    }
  }
}

// The parts listed in the zip's central directory; undefined when the bytes are not a zip.
function readDirectory(zip: Buffer, fileName: string): ZipEntry[] | undefined {
  const directory = findZipDirectory(zip);
  if (directory === undefined) return undefined;
  const { count, offset } = directory;
  if (count === 0xffff || offset === 0xffffffff)
    throw damaged(fileName, 'it is a zip64 archive, which Word does not write for documents under 4 GB');
  if (count > MAX_ZIP_ENTRIES)
    throw tooLargeToRead(
      fileName,
      `it has ${count.toLocaleString('en-GB')} parts, and a Word document may have at most ${MAX_ZIP_ENTRIES.toLocaleString('en-GB')}`,
    );
  const entries = readZipEntries(zip, directory);
  if (entries === undefined) throw damaged(fileName, 'its list of parts is cut short');
  return entries;
}

function partData(zip: Buffer, part: ZipEntry, fileName: string): Buffer {
  const data = readEntryData(zip, part);
  if (data === undefined) throw damaged(fileName, `its part ${shownName(part)} is missing`);
  return data;
}

// A zip may name a part with 64 KB of anything; messages show the start of it.
function shownName(part: ZipEntry): string {
  return part.name.slice(0, MAX_NAME_SHOWN);
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
