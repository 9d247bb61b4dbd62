import { readFile, stat } from 'node:fs/promises';
import { MAX_IMPORT_BYTES } from '../../shared/ipc/contract';
import { CliError } from './cli-io';

/** Reads a file named on the command line; errors name the file and say what is wrong. */
export async function readInputFile(path: string): Promise<Uint8Array> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new CliError(`${path}: not a file.`);
    size = info.size;
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(code === 'ENOENT' ? `${path}: no such file.` : `${path}: cannot be read (${code ?? String(error)}).`);
  }
  if (size > MAX_IMPORT_BYTES) {
    throw new CliError(`${path}: too large (${(size / 1024 / 1024).toFixed(1)} MB); the limit is ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`);
  }
  return readFile(path);
}
