import { open, readFile, stat, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { UserFacingError } from '../../shared/ipc/result';
import { isPidAlive } from './process-alive';
import { removeStaleLockFile } from './remove-stale-lock-file';

/** A mutex held longer than this was left by a process that died holding it: the writes it guards take milliseconds. */
export const MUTEX_STALE_AFTER_MS = 30_000;
/** How long a write waits for colleagues' writes of the same file before it gives up. */
const WAIT_LIMIT_MS = 2 * MUTEX_STALE_AFTER_MS;

interface Holder {
  pid: number;
  hostname: string;
}

/**
 * Runs `work` while holding the mutex file `path`, so processes that share a folder (colleagues
 * on one casebook) read, merge and write a shared file one at a time. The mutex is a file
 * created exclusively, holding pid and host; a rival waits, polling. One left by a dead process
 * on this machine, or older than MUTEX_STALE_AFTER_MS (another machine's), is taken over.
 * Throws a UserFacingError ('store-failed') naming the mutex when it stays held too long.
 */
export async function withWriteMutex<T>(path: string, work: () => Promise<T>): Promise<T> {
  const mine = JSON.stringify({ pid: process.pid, hostname: hostname() } satisfies Holder);
  const giveUpAt = Date.now() + WAIT_LIMIT_MS;
  while (!(await createExclusively(path, mine))) {
    const seen = await readFile(path, 'utf8').catch(() => undefined);
    if (seen !== undefined && (await isStaleMutex(path, seen))) await removeStaleLockFile(path, seen);
    else if (Date.now() > giveUpAt) {
      throw new UserFacingError(
        'store-failed',
        `Another Factmark process has been writing ${path.replace(/\.writing$/, '')} for over a minute; if none is running, delete ${path}.`,
      );
    } else await new Promise((resolve) => setTimeout(resolve, 2 + Math.random() * 10));
  }
  try {
    return await work();
  } finally {
    if ((await readFile(path, 'utf8').catch(() => undefined)) === mine) await unlink(path).catch(() => {});
  }
}

async function createExclusively(path: string, content: string): Promise<boolean> {
  try {
    const handle = await open(path, 'wx');
    try {
      await handle.writeFile(content);
    } catch (failure) {
      // An empty mutex left by a full disk would hold colleagues off until it looked stale.
      await handle.close().catch(() => {});
      await unlink(path).catch(() => {});
      throw failure;
    }
    await handle.close();
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/**
 * Whether the mutex file `path` holding `content` was left by a process that died holding it: its
 * holder on this machine is dead, or it is older than MUTEX_STALE_AFTER_MS (another machine's).
 * A live colleague's mutex is never stale.
 */
export async function isStaleMutex(path: string, content: string): Promise<boolean> {
  const modified = await stat(path).then(
    (s) => s.mtimeMs,
    () => undefined,
  );
  if (modified === undefined) return false;
  if (Date.now() - modified > MUTEX_STALE_AFTER_MS) return true;
  const holder = parseHolder(content);
  return holder !== undefined && holder.hostname === hostname() && !isPidAlive(holder.pid);
}

function parseHolder(text: string): Holder | undefined {
  try {
    const value = JSON.parse(text) as Partial<Holder>;
    return typeof value.pid === 'number' && typeof value.hostname === 'string' ? { pid: value.pid, hostname: value.hostname } : undefined;
  } catch {
    // Empty while its creator is still writing it, or damaged: only its age can tell.
    return undefined;
  }
}
