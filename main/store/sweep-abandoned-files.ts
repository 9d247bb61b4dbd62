import { readdir, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { isPidAlive } from './process-alive';
import { removeStaleLockFile } from './remove-stale-lock-file';
import { isAbandonedTempFile } from './unfinished-writes';
import { isStaleMutex } from './write-mutex';

/** A write mutex moved aside by a process taking it over (`<mutex>.stale-<pid>-<uuid>`). */
const MOVED_MUTEX = /\.writing\.stale-(\d+)-/;

/**
 * Removes, anywhere in the store folder `storeDir`, what processes that died mid-write left:
 * temp files of cut-off writes (`isAbandonedTempFile`), write mutexes (`.<file>.writing`) whose
 * holder is dead (`isStaleMutex`), and mutexes they had moved aside. What a live process may
 * still be using — a colleague's app writing the same shared folder — stays. Resolves with the
 * paths removed; files vanishing meanwhile, or that cannot be removed, are skipped.
 */
export async function sweepAbandonedFiles(storeDir: string): Promise<string[]> {
  const entries = await readdir(storeDir, { recursive: true, withFileTypes: true }).catch(() => []);
  const removed: string[] = [];
  await Promise.all(
    entries
      .filter((entry) => entry.isFile() && entry.name.startsWith('.'))
      .map(async (entry) => {
        const path = join(entry.parentPath, entry.name);
        if (await isAbandoned(path, entry.name)) removed.push(path);
      }),
  );
  return removed.sort();
}

/** Whether the file was a dead process's leftover, and is now gone. */
async function isAbandoned(path: string, name: string): Promise<boolean> {
  try {
    if (name.endsWith('.writing')) {
      const content = await readFile(path, 'utf8');
      if (!(await isStaleMutex(path, content))) return false;
      await removeStaleLockFile(path, content);
      return true;
    }
    const movedBy = MOVED_MUTEX.exec(name)?.[1];
    const abandoned = movedBy !== undefined ? !isPidAlive(Number(movedBy)) : isAbandonedTempFile(name, (await stat(path)).mtimeMs);
    if (!abandoned) return false;
    await unlink(path);
    return true;
  } catch {
    // Gone meanwhile (its owner finished), or not ours to remove: either way nothing to do.
    return false;
  }
}
