import { randomUUID } from 'node:crypto';
import { link, readdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { UserFacingError } from '../../shared/ipc/result';
import { bootTime, isPidAlive } from './process-alive';
import { removeStaleLockFile } from './remove-stale-lock-file';

/** Name of the writer lock inside a store folder, unless the caller names its own. */
export const LOCK_FILE = 'factmark.lock';

/** What a lock file records about its holder. */
interface LockHolder {
  pid: number;
  hostname: string;
  time: string;
}

/** A held writer lock. */
export interface StoreLock {
  /** Removes the lock file if it is still ours; safe to call more than once. */
  release(): Promise<void>;
}

/**
 * Takes the writer lock `name` (by default `factmark.lock`) of the store folder `dir` (which must
 * exist). A casebook shared by several analysts takes one lock per analyst, so each analyst's
 * files have one writer while colleagues work in the same folder. The lock file is created
 * exclusively and holds pid, hostname and time. A lock held by a live process on this host,
 * this one included, or by any process on another host, throws a UserFacingError
 * ('store-failed') saying who holds it. A lock left by a dead process, by a process from before
 * the last boot, or too damaged to read, is taken over.
 */
export async function acquireStoreLock(dir: string, name: string = LOCK_FILE): Promise<StoreLock> {
  const path = join(dir, name);
  const mine: LockHolder = { pid: process.pid, hostname: hostname(), time: new Date().toISOString() };
  const content = JSON.stringify(mine);
  for (;;) {
    if (await createExclusively(path, content)) {
      await removeLeftovers(dir, name);
      break;
    }
    const seen = await readIfPresent(path);
    // Released between our attempt and the read: try again.
    if (seen === undefined) continue;
    const holder = parseHolder(seen);
    if (holder && isAlive(holder)) throw new UserFacingError('store-failed', describeHolder(dir, holder, path));
    await removeStaleLockFile(path, seen);
  }
  let released = false;
  return {
    async release() {
      if (released) return;
      released = true;
      if ((await readIfPresent(path)) === content) await unlink(path);
    },
  };
}

/**
 * Writes the lock through a temp file and a hard link: like `open(path, 'wx')` the link fails if
 * the lock exists, but the lock can never be seen empty or half-written by a rival.
 */
async function createExclusively(path: string, content: string): Promise<boolean> {
  const temp = `${path}.${process.pid}-${randomUUID()}`;
  try {
    await writeFile(temp, content, { flag: 'wx' });
  } catch (error) {
    // A full disk creates the file and then refuses its bytes: no empty lock file is left behind.
    await unlink(temp).catch(() => {});
    throw error;
  }
  try {
    await link(temp, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await unlink(temp);
  }
}

/**
 * Removes the temp and moved-aside lock files of processes killed while taking the lock. Files
 * of live processes are theirs to remove: one may be mid-way through taking the lock over.
 */
async function removeLeftovers(dir: string, lockName: string): Promise<void> {
  const pattern = new RegExp(`^${lockName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(?:stale-)?(\\d+)-`);
  const leftovers = (await readdir(dir)).filter((name) => {
    const pid = pattern.exec(name)?.[1];
    return pid !== undefined && !isPidAlive(Number(pid));
  });
  await Promise.all(leftovers.map((name) => unlink(join(dir, name)).catch(ignoreMissing)));
}

function ignoreMissing(error: unknown): void {
  if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
}

async function readIfPresent(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function parseHolder(text: string): LockHolder | undefined {
  try {
    const value = JSON.parse(text) as Partial<LockHolder>;
    if (typeof value.pid === 'number' && typeof value.hostname === 'string' && typeof value.time === 'string') {
      return { pid: value.pid, hostname: value.hostname, time: value.time };
    }
  } catch {
    // A damaged lock names no holder, so it is treated as stale.
  }
  return undefined;
}

function isAlive(holder: LockHolder): boolean {
  if (holder.hostname !== hostname()) return true;
  if (Date.parse(holder.time) < bootTime()) return false;
  return isPidAlive(holder.pid);
}

function describeHolder(dir: string, holder: LockHolder, path: string): string {
  if (holder.hostname === hostname()) {
    return `The store ${dir} is in use by another Factmark process (pid ${holder.pid}). Close it and try again.`;
  }
  return (
    `The store ${dir} is in use by another Factmark process (pid ${holder.pid} on ${holder.hostname}). ` +
    `Close it and try again; if Factmark is not running there, delete ${path}.`
  );
}
