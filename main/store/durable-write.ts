import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { durableFs, type DurableFs, type DurableHandle } from './durable-fs';
import { tempFilePath } from './unfinished-writes';
import { notKeptFailure, readOnlyFileFailure, toWriteFailure } from './write-failure';

/**
 * Replaces `path` with `data` (text, bytes, or chunks of bytes written in order) so that after a
 * crash the file holds either the old or the new content, never a mix: a unique temp file in the
 * same folder (`tempFilePath`) is written until every byte is in (a short write goes on with the
 * rest), fsynced, read back and checked against the data's size and SHA-256, renamed over the
 * target, and the folder is fsynced so the rename itself survives power loss.
 * Resolves once the new content is durable. Rejects with a WriteFailedError naming the file and
 * the cause (a full disk, EIO, a read-only file or disk…); the temp file is then removed and the
 * target untouched. A target whose write permission is off is never replaced: someone made it
 * read-only on purpose.
 */
export async function writeFileDurably(path: string, data: string | Uint8Array | readonly Uint8Array[]): Promise<void> {
  const fs = durableFs();
  const chunks = toChunks(data);
  await refuseReadOnly(fs, path);
  const temp = tempFilePath(path);
  try {
    const handle = await fs.open(temp, 'wx');
    try {
      for (const chunk of chunks) await writeAll(handle, chunk);
      await handle.sync();
    } catch (error) {
      await handle.close().catch(() => {});
      throw error;
    }
    await handle.close();
    await verifyWritten(fs, temp, path, chunks);
    await fs.rename(temp, path);
  } catch (error) {
    await fs.unlink(temp).catch(() => {});
    throw toWriteFailure(path, error);
  }
  await syncDirectory(fs, dirname(path)).catch((error: unknown) => {
    throw toWriteFailure(path, error);
  });
}

/**
 * Creates `dir` and any missing parents, flushing each new entry into its parent folder so a
 * file later written durably inside it cannot vanish with its folder after power loss. Failures
 * are WriteFailedErrors naming `forFile`, the file the folder is made for.
 */
export async function makeDirectoryDurably(dir: string, forFile: string): Promise<void> {
  const fs = durableFs();
  try {
    const firstCreated = await fs.mkdir(dir);
    if (firstCreated === undefined) return;
    for (let created = dir; ; created = dirname(created)) {
      await syncDirectory(fs, dirname(created));
      if (created === firstCreated) return;
    }
  } catch (error) {
    throw toWriteFailure(forFile, error);
  }
}

/**
 * Removes the files `names` of folder `dir` (those already gone are fine) and flushes the folder,
 * so the removals survive power loss together. Rejects with the system's error.
 */
export async function removeFilesDurably(dir: string, names: readonly string[]): Promise<void> {
  const fs = durableFs();
  for (const name of names) {
    await fs.unlink(join(dir, name)).catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    });
  }
  if (names.length > 0) await syncDirectory(fs, dir);
}

function toChunks(data: string | Uint8Array | readonly Uint8Array[]): readonly Uint8Array[] {
  if (typeof data === 'string') return [Buffer.from(data, 'utf8')];
  return data instanceof Uint8Array ? [data] : data;
}

async function refuseReadOnly(fs: DurableFs, path: string): Promise<void> {
  const info = await fs.stat(path).catch(() => undefined);
  // Permission bits rather than access(): root may write anything, yet a file made read-only should still be left alone.
  if (info && (info.mode & 0o222) === 0) throw readOnlyFileFailure(path);
}

/** Writes the whole chunk: the system may take fewer bytes than asked (a disk filling up), so it goes on with the rest. */
async function writeAll(handle: DurableHandle, chunk: Uint8Array): Promise<void> {
  for (let offset = 0; offset < chunk.byteLength;) {
    const { bytesWritten } = await handle.write(chunk, offset, chunk.byteLength - offset);
    if (bytesWritten <= 0) throw Object.assign(new Error('the disk took no more bytes'), { code: 'ENOSPC' });
    offset += bytesWritten;
  }
}

/** Reads the temp file back: a disk or driver that lost or altered bytes must not get to replace good content. */
async function verifyWritten(fs: DurableFs, temp: string, target: string, chunks: readonly Uint8Array[]): Promise<void> {
  const expected = createHash('sha256');
  let size = 0;
  for (const chunk of chunks) {
    expected.update(chunk);
    size += chunk.byteLength;
  }
  const written = await fs.readFile(temp);
  if (written.byteLength !== size) throw notKeptFailure(target, `${written.byteLength} of ${size} bytes`);
  if (createHash('sha256').update(written).digest('hex') !== expected.digest('hex')) throw notKeptFailure(target, 'its checksum differs');
}

/** Flushes a folder's entries (creations, renames) to disk. Windows cannot open folders, and needs no such flush. */
async function syncDirectory(fs: DurableFs, dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
