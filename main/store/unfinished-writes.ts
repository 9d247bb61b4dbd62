import { randomUUID } from 'node:crypto';
import { readdir, stat, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { bootTime, isPidAlive } from './process-alive';

/**
 * A temp file older than this is a cut-off write whatever its writer: no write of a store file
 * takes minutes, even on a slow shared drive. It is the only test for temp files of another
 * machine, whose processes cannot be asked.
 */
export const ABANDONED_AFTER_MS = 60 * 60_000;

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/**
 * A fresh temp-file path for a durable write of `path`, beside it: `.<name>.tmp-<pid>-<uuid>-<host>`.
 * The pid and host say whose write it is, so a colleague's process sharing the folder can tell a
 * write in progress from one cut off.
 */
export function tempFilePath(path: string): string {
  return join(dirname(path), `${tempPrefix(path)}${process.pid}-${randomUUID()}-${thisHost()}`);
}

/**
 * Removes the temp files of `path` left by writes that were cut off: those whose writer process
 * on this machine is dead (or ran before the last boot), and any older than ABANDONED_AFTER_MS.
 * A temp file of a live process (a colleague's app writing the same shared file, or this one)
 * is theirs and stays. Files that vanish meanwhile are fine.
 */
export async function removeAbandonedWrites(path: string): Promise<void> {
  const dir = dirname(path);
  const prefix = tempPrefix(path);
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.startsWith(prefix));
  await Promise.all(
    names.map(async (name) => {
      const modified = await stat(join(dir, name)).then(
        (s) => s.mtimeMs,
        () => undefined,
      );
      if (modified === undefined || !isAbandoned(name.slice(prefix.length), modified)) return;
      await unlink(join(dir, name)).catch(() => {});
    }),
  );
}

/**
 * Whether the temp file named `name` (any store file's, `.<file>.tmp-<suffix>`), last modified at
 * `modifiedMs`, is a cut-off write (the rule `removeAbandonedWrites` applies); false for a name
 * that is no temp file.
 */
export function isAbandonedTempFile(name: string, modifiedMs: number): boolean {
  const suffix = /^\..+?\.tmp-(.+)$/.exec(name)?.[1];
  return suffix !== undefined && isAbandoned(suffix, modifiedMs);
}

function isAbandoned(suffix: string, modifiedMs: number): boolean {
  if (Date.now() - modifiedMs > ABANDONED_AFTER_MS) return true;
  const writer = new RegExp(`^(\\d+)-${UUID}-(.+)$`).exec(suffix);
  // A name without a host (an older Factmark's) could be another machine's: only its age tells.
  if (!writer || writer[2] !== thisHost()) return false;
  return modifiedMs < bootTime() || !isPidAlive(Number(writer[1]));
}

function tempPrefix(path: string): string {
  return `.${basename(path)}.tmp-`;
}

/** This machine's name as it can stand in a file name, kept short so long store file names still fit. */
function thisHost(): string {
  return (
    hostname()
      .replace(/[^A-Za-z0-9.-]/g, '_')
      .slice(0, 64) || 'host'
  );
}
