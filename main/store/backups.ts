import { stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { durableFs } from './durable-fs';
import { makeDirectoryDurably } from './durable-write';
import { toWriteFailure } from './write-failure';

/** How many rolling backups are kept of each file. */
export const BACKUP_COUNT = 3;

/** Where backup `n` (1 = newest) of the store file at `relPath` lives. */
export function backupPath(storeDir: string, relPath: string, n: number): string {
  return join(storeDir, 'backups', `${relPath}.${n}`);
}

/** One existing backup of a file. */
export interface Backup {
  path: string;
  modified: Date;
}

/** The backups of the store file at `relPath` that exist, newest first. */
export async function listBackups(storeDir: string, relPath: string): Promise<Backup[]> {
  const found: Backup[] = [];
  for (let n = 1; n <= BACKUP_COUNT; n++) {
    const path = backupPath(storeDir, relPath, n);
    const info = await stat(path).catch(() => undefined);
    if (info) found.push({ path, modified: info.mtime });
  }
  return found;
}

/**
 * Shifts the backups of `relPath` down one (dropping the oldest) and copies the current file in
 * as the newest. Does nothing when the file does not exist, so a set-aside file never pushes
 * good backups out. A crash midway leaves a gap or a stale temp copy, never a partial backup:
 * the copy is renamed into place only once complete, and readers check every backup anyway.
 * Rejects with a WriteFailedError naming the file (whose change then waits) when the disk refuses.
 */
export async function rotateBackups(storeDir: string, relPath: string): Promise<void> {
  const current = join(storeDir, relPath);
  if (!(await stat(current).catch(() => undefined))) return;
  const newest = backupPath(storeDir, relPath, 1);
  await makeDirectoryDurably(dirname(newest), current);
  const fs = durableFs();
  const partial = `${newest}.partial`;
  try {
    for (let n = BACKUP_COUNT - 1; n >= 1; n--) {
      await fs.rename(backupPath(storeDir, relPath, n), backupPath(storeDir, relPath, n + 1)).catch(ignoreMissing);
    }
    await fs.copyFile(current, partial);
    await fs.rename(partial, newest);
  } catch (error) {
    // A copy cut short by a full disk would hold on to the space the retry needs.
    await fs.unlink(partial).catch(() => {});
    throw toWriteFailure(current, error);
  }
}

function ignoreMissing(error: unknown): void {
  if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
}
