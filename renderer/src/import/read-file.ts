import { MAX_IMPORT_BYTES } from '../../../shared/ipc/contract';

/** A file's name and bytes, base64-encoded for `document:import`. */
export interface EncodedFile {
  fileName: string;
  dataBase64: string;
}

/** Encodes bytes as base64 in chunks, so large files do not overflow the argument stack. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

/**
 * Reads a file the analyst picked or dropped. Rejects with a message naming the file when it
 * is too large to import or cannot be read.
 */
export async function readFileForImport(file: File): Promise<EncodedFile> {
  if (file.size > MAX_IMPORT_BYTES) {
    const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
    throw new Error(`${file.name} is ${mb(file.size)}; Factmark imports files up to ${mb(MAX_IMPORT_BYTES)}.`);
  }
  try {
    return { fileName: file.name, dataBase64: toBase64(new Uint8Array(await file.arrayBuffer())) };
  } catch {
    throw new Error(`${file.name} could not be read: the file may have been moved or is not readable.`);
  }
}
