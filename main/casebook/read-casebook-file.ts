import { readFile, stat } from 'node:fs/promises';
import { parseStoredJson, type FileFormat } from '../store/parse-stored-json';

/** A colleague's file as last read: its content if it ever validated, and what is wrong with it now. */
export interface CachedFile<T> {
  /** The last content that validated; kept while a newer version is malformed. */
  data?: T;
  /** Why the version on disk was not loaded, if it was not. */
  problem?: string;
  /** Size and modification time of the version read, to skip re-reading an unchanged file. */
  stamp: string;
}

/**
 * Reads a file another analyst writes, without ever writing, moving or repairing it: that is
 * theirs to do. An unchanged file (same size and time) is not read again. A malformed version
 * keeps the last good content and records the problem; a vanished file yields undefined.
 */
export async function readCasebookFile<T>(
  path: string,
  format: FileFormat<T>,
  previous: CachedFile<T> | undefined,
): Promise<CachedFile<T> | undefined> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) return undefined;
  const stamp = `${info.size}:${info.mtimeMs}`;
  if (previous?.stamp === stamp) return previous;
  const text = await readFile(path, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const parsed = parseStoredJson(text, format);
  if (parsed.ok) return { data: parsed.data, stamp };
  return { ...(previous?.data === undefined ? {} : { data: previous.data }), problem: `The file ${parsed.problem}.`, stamp };
}
