import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';
import type { StoreMessage } from '../../shared/ipc/contract';
import { UserFacingError } from '../../shared/ipc/result';
import { listBackups, rotateBackups } from './backups';
import { createCoalescingWriter, type CoalescingWriter } from './coalescing-writer';
import { makeDirectoryDurably, writeFileDurably } from './durable-write';
import { parseStoredJson, type FileFormat } from './parse-stored-json';
import { setAside } from './set-aside';
import { removeAbandonedWrites } from './unfinished-writes';

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
  backupIntervalMs?: number;
}

/**
 * A lowdb adapter for one store file. `read` returns the validated content, or null when the file
 * does not exist yet. A file that cannot be used is never written over: it is set aside under a
 * timestamped name, the newest backup that validates is returned (and written back as the file)
 * instead, and a StoreMessage says what happened. `write` is crash-safe and resolves once the
 * data is durable; concurrent writes are serialised and coalesced into one of the latest data.
 * The first write after opening, and then one every `backupIntervalMs` at most, first copies
 * the file on disk into the rolling backups.
 */
export class StoreFileAdapter<T> implements Adapter<T> {
  readonly path: string;
  private latest: T | undefined;
  private lastRotation: number | undefined;
  private folderReady = false;
  private readonly writer: CoalescingWriter;

  constructor(private readonly options: StoreFileOptions<T>) {
    this.path = join(options.storeDir, options.relPath);
    this.writer = createCoalescingWriter(() =>
      this.flush().catch((error: unknown) => {
        throw new UserFacingError('store-failed', `Factmark could not save ${this.path}: ${describeError(error)}`);
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
    return parsed.ok ? parsed.data : this.recover(parsed.problem);
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
    const { storeDir, relPath, pretty, serialize, backupIntervalMs = BACKUP_INTERVAL_MS } = this.options;
    const now = Date.now();
    if (this.lastRotation === undefined || now - this.lastRotation >= backupIntervalMs) {
      await rotateBackups(storeDir, relPath);
      this.lastRotation = now;
    }
    if (!this.folderReady) {
      await makeDirectoryDurably(dirname(this.path));
      this.folderReady = true;
    }
    await writeFileDurably(this.path, serialize ? serialize(data) : JSON.stringify(data, null, pretty ? 2 : undefined));
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

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
