import { randomUUID } from 'node:crypto';
import { link, readFile, rename, unlink } from 'node:fs/promises';

/**
 * Removes the lock file `path` judged stale from its content `staleContent`, for the store's
 * writer lock and the casebook's write mutexes alike. It moves the file aside, then checks that
 * what moved is the one judged stale: if a rival took it over in between, what moved is the
 * rival's fresh lock, which is put back (unless yet another lock already stands there). The
 * moved-aside name carries this process's pid (`<path>.stale-<pid>-…`): the store lock sweeps
 * such leftovers of processes killed mid-way.
 */
export async function removeStaleLockFile(path: string, staleContent: string): Promise<void> {
  const moved = `${path}.stale-${process.pid}-${randomUUID()}`;
  try {
    await rename(path, moved);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if ((await readFile(moved, 'utf8')) !== staleContent) await link(moved, path).catch(() => {});
  await unlink(moved);
}
