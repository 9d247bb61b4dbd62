import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';
import type { StoreMessage } from '../../shared/ipc/contract';
import { UserFacingError } from '../../shared/ipc/result';
import { listBackups, rotateBackups } from './backups';
import { makeDirectoryDurably, writeFileDurably } from './durable-write';
import { parseStoredJson, type FileFormat } from './parse-stored-json';
import { setAside } from './set-aside';
import { removeAbandonedWrites } from './unfinished-writes';
import { toWriteFailure } from './write-failure';
import { withWriteMutex } from './write-mutex';

/** Default least time between two backup rotations of one file. */
const BACKUP_INTERVAL_MS = 5 * 60_000;

/** Where a store file lives and how it is checked, written and reported on. */
export interface StoreFileOptions<T> {
  storeDir: string;
  /** Path inside the store, `/`-separated; also names the file's backups. */
  relPath: string;
  format: FileFormat<T>;
  /** Indent the JSON; only for small files people may read, since it costs time on every write. */
  pretty?: boolean;
  /** Turns the data into the file's bytes instead of JSON.stringify; must produce the same JSON. */
  serialize?: (data: T) => readonly Uint8Array[];
  /** A missing file is a problem (recovered from backups) rather than an empty start. */
  required?: boolean;
  /** Never rename, write or clean anything. */
  readOnly: boolean;
  report: (message: StoreMessage) => void;
  /** Hears `relPath` after each durable write of the file. */
  written?: (relPath: string) => void;
  backupIntervalMs?: number;
  /** Other processes (colleagues sharing the casebook) write this file too; see `SharedWrites`. */
  shared?: SharedWrites<T>;
}

/**
 * How a file other processes also write is kept safe. Each write then runs under the file's
 * write mutex (`.<name>.writing`), after reading what is on disk now:
 * - `merge`: the file is written as `merge(mine, theirs, base)`, where theirs is the file on
 *   disk now and base what this process's data came from (the data it last read or asked to
 *   write), so no colleague's change is dropped;
 * - `refuse-changed`: the write is refused with `message` when the file changed on disk since
 *   this adapter last read or wrote it, so no colleague's change is overwritten unseen.
 */
export type SharedWrites<T> =
  { kind: 'merge'; merge: (mine: T, theirs: T, base: T | undefined) => T } | { kind: 'refuse-changed'; message: string };

/**
 * A lowdb adapter for one store file. `read` returns the validated content, or null when the file
 * does not exist yet. A file that cannot be used is never written over: it is set aside under a
 * timestamped name, the newest backup that validates is returned (and written back as the file)
 * instead, and a StoreMessage says what happened; so does a file whose write permission is off.
 * `write` is crash-safe and resolves once the data is durable; concurrent writes are serialised
 * and coalesced into one of the latest data. A write the disk refuses rejects with a
 * WriteFailedError naming the file and the cause, leaves the file as it was and keeps the data,
 * so the next write (a retry) saves it.
 * The first write after opening, and then one every `backupIntervalMs` at most, first copies
 * the file on disk into the rolling backups.
 */
export class StoreFileAdapter<T> implements Adapter<T> {
  readonly path: string;
  private latest: T | undefined;
  private lastRotation: number | undefined;
  private folderReady = false;
  /** What this process's copy came from: the data last read or handed to `write` (for `merge`), a hash of the bytes last read or written (for `refuse-changed`). */
  private base: { data?: T; sha256?: string } = {};
  private readonly writer: CoalescingWriter;

  constructor(private readonly options: StoreFileOptions<T>) {
    this.path = join(options.storeDir, options.relPath);
    this.writer = createCoalescingWriter(() =>
      this.flush().catch((error: unknown) => {
        throw error instanceof UserFacingError ? error : toWriteFailure(this.path, error);
      }),
    );
  }

  async read(): Promise<T | null> {
    if (!this.options.readOnly) await removeAbandonedWrites(this.path);
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        throw new UserFacingError('store-failed', `Factmark could not read ${this.path}: ${describeError(error)}`);
      }
      return this.options.required ? this.recover('is missing') : null;
    }
    const parsed = parseStoredJson(text, this.options.format);
    if (!parsed.ok) return this.recover(parsed.problem);
    this.remember(parsed.data, text);
    if (!this.options.readOnly) await this.reportIfReadOnly();
    return parsed.data;
  }

  write(data: T): Promise<void> {
    if (this.options.readOnly) return Promise.reject(new Error(`${this.path} was opened read-only`));
    this.latest = data;
    return this.writer.request();
  }

  /** Resolves when every write asked for so far has finished. */
  idle(): Promise<void> {
    return this.writer.idle();
  }

  private async flush(): Promise<void> {
    const data = this.latest;
    // Dropped once taken so a large document is not kept alive by its adapter.
    this.latest = undefined;
    if (data === undefined) return;
    try {
      await this.flushData(data);
    } catch (error) {
      // Kept for the next write (a retry, or the next change) unless newer data came meanwhile.
      this.latest ??= data;
      throw error;
    }
  }

  private async flushData(data: T): Promise<void> {
    const { storeDir, relPath, backupIntervalMs = BACKUP_INTERVAL_MS } = this.options;
    const now = Date.now();
    if (this.lastRotation === undefined || now - this.lastRotation >= backupIntervalMs) {
      await rotateBackups(storeDir, relPath);
      this.lastRotation = now;
    }
    if (!this.folderReady) {
      await makeDirectoryDurably(dirname(this.path), this.path);
      this.folderReady = true;
    }
    const { shared } = this.options;
    if (!shared) return void (await this.writeBytes(data));
    await withWriteMutex(join(dirname(this.path), `.${basename(this.path)}.writing`), async () => {
      const onDisk = await readFile(this.path).catch(() => undefined);
      if (shared.kind === 'refuse-changed') {
        if (onDisk && this.base.sha256 !== undefined && sha256Of(onDisk) !== this.base.sha256) throw new Error(shared.message);
        this.remember(data, await this.writeBytes(data));
        return;
      }
      const theirs = onDisk && parseStoredJson(onDisk.toString('utf8'), this.options.format);
      await this.writeBytes(theirs?.ok ? shared.merge(data, theirs.data, this.base.data) : data);
      // Not the merged file: the next merge tells this process's changes from what its own data came from.
      this.remember(data, '');
    });
  }

  /** Writes `data` durably; resolves with the bytes written. */
  private async writeBytes(data: T): Promise<string | readonly Uint8Array[]> {
    const { pretty, serialize, written, relPath } = this.options;
    const bytes = serialize ? serialize(data) : JSON.stringify(data, null, pretty ? 2 : undefined);
    await writeFileDurably(this.path, bytes);
    written?.(relPath);
    return bytes;
  }

  /**
   * Keeps what a shared file's next write compares with: a copy of the data (the caller goes on
   * changing its own) for `merge`, a hash of the bytes for `refuse-changed`.
   */
  private remember(data: T, bytes: string | readonly Uint8Array[]): void {
    const { shared } = this.options;
    if (shared?.kind === 'merge') this.base = { data: structuredClone(data) };
    if (shared?.kind === 'refuse-changed') this.base = { sha256: sha256Of(bytes) };
  }

  /** Says so when the file's write permission is off: it is left as it is, and writes to it are refused. */
  private async reportIfReadOnly(): Promise<void> {
    const info = await stat(this.path).catch(() => undefined);
    if (!info || (info.mode & 0o222) !== 0) return;
    this.options.report({
      file: this.path,
      problem: 'The file is read-only.',
      action: 'Left it as it is: changes to it are not saved until it is made writable.',
    });
  }

  private async recover(problem: string): Promise<T | null> {
    const { storeDir, relPath, format, readOnly, required, report } = this.options;
    const aside = readOnly ? undefined : await setAside(this.path);
    const kept = readOnly ? 'Left it in place (opened read-only).' : aside && `Set it aside as ${basename(aside)}.`;
    const tell = (outcome: string) =>
      report({ file: this.path, problem: `The file ${problem}.`, action: kept ? `${kept} ${outcome}` : outcome });
    for (const backup of await listBackups(storeDir, relPath)) {
      const parsed = parseStoredJson(await readFile(backup.path, 'utf8').catch(() => ''), format);
      if (!parsed.ok) continue;
      tell(`Loaded the backup from ${backup.modified.toISOString()} (${backup.path}).`);
      if (!readOnly) await this.write(parsed.data);
      return parsed.data;
    }
    tell(required ? 'No usable backup was found.' : 'No usable backup was found, so it starts empty.');
    return null;
  }
}

function sha256Of(bytes: string | Uint8Array | readonly Uint8Array[]): string {
  const hash = createHash('sha256');
  const chunks: readonly (string | Uint8Array)[] = typeof bytes === 'string' || bytes instanceof Uint8Array ? [bytes] : bytes;
  for (const chunk of chunks) hash.update(chunk);
  return hash.digest('hex');
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Serialises calls to `flush` and merges requests that arrive while one is running: they all
 * wait for a single further flush, which starts after the running one ends. `flush` is expected
 * to write the latest state, so every request resolves only after a flush that began after it
 * was made, i.e. once its state is durable. A failed flush rejects exactly the requests it served.
 */
export interface CoalescingWriter {
  /** Asks for a flush; resolves when a flush started after this call has finished. */
  request(): Promise<void>;
  /** Resolves when no flush is running or queued; never rejects. */
  idle(): Promise<void>;
}

/** Creates a writer around `flush` (see CoalescingWriter). */
export function createCoalescingWriter(flush: () => Promise<void>): CoalescingWriter {
  let running: Promise<void> | undefined;
  let queued: Promise<void> | undefined;

  function start(): Promise<void> {
    const current = flush().finally(() => {
      if (running === current) running = undefined;
    });
    running = current;
    return current;
  }

  return {
    request() {
      if (queued) return queued;
      if (!running) return start();
      const next = running
        .catch(() => {})
        .then(() => {
          queued = undefined;
          return start();
        });
      queued = next;
      return next;
    },
    async idle() {
      while (running || queued) await (queued ?? running)?.catch(() => {});
    },
  };
}
