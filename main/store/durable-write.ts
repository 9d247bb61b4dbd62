import { mkdir, open, rename, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { tempFilePath } from './unfinished-writes';

/**
 * Replaces `path` with `data` (text, bytes, or chunks of bytes written in order) so that after a crash the file holds either the old or the new
 * content, never a mix: a unique temp file in the same folder (`tempFilePath`) is written and fsynced, renamed
 * over the target, and the folder is fsynced so the rename itself survives power loss.
 * Resolves once the new content is durable; on failure the temp file is removed and the target
 * is untouched.
 */
export async function writeFileDurably(path: string, data: string | Uint8Array | readonly Uint8Array[]): Promise<void> {
  const temp = tempFilePath(path);
  try {
    const handle = await open(temp, 'wx');
    try {
      if (Array.isArray(data)) await handle.writev(data);
      else await handle.writeFile(data as string | Uint8Array);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => {});
    throw error;
  }
  await syncDirectory(dirname(path));
}

/** Flushes a folder's entries (creations, renames) to disk. Windows cannot open folders, and needs no such flush. */
async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Creates `dir` and any missing parents, flushing each new entry into its parent folder so a
 * file later written durably inside it cannot vanish with its folder after power loss.
 */
export async function makeDirectoryDurably(dir: string): Promise<void> {
  const firstCreated = await mkdir(dir, { recursive: true });
  if (firstCreated === undefined) return;
  for (let created = dir; ; created = dirname(created)) {
    await syncDirectory(dirname(created));
    if (created === firstCreated) return;
  }
}
