import { dirname, join } from 'node:path';
import { BACKUP_COUNT, backupPath } from './backups';
import { durableFs } from './durable-fs';
import { toWriteFailure } from './write-failure';

/**
 * Removes the store file at `relPath` (`/`-separated, inside `storeDir`) with its rolling
 * backups, and flushes each folder so the removal survives power loss. Backups go first: a
 * crash midway must not leave a backup from which the store would bring the file back. Resolves
 * with whether anything was there; a disk refusing rejects with a WriteFailedError naming the file.
 */
export async function removeStoreFile(storeDir: string, relPath: string): Promise<boolean> {
  const fs = durableFs();
  const path = join(storeDir, relPath);
  let removed = false;
  try {
    for (let n = BACKUP_COUNT; n >= 1; n--) {
      const backup = backupPath(storeDir, relPath, n);
      if (await removeIfPresent(backup)) removed = true;
    }
    if (removed) await syncFolder(dirname(backupPath(storeDir, relPath, 1)));
    if (await removeIfPresent(path)) {
      removed = true;
      await syncFolder(dirname(path));
    }
  } catch (error) {
    throw toWriteFailure(path, error);
  }
  return removed;

  async function removeIfPresent(file: string): Promise<boolean> {
    try {
      await fs.unlink(file);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw error;
    }
  }

  /** Windows cannot open folders, and needs no such flush. */
  async function syncFolder(dir: string): Promise<void> {
    if (process.platform === 'win32') return;
    const handle = await fs.open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  }
}
