import { createHash } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { classifyCasebookPath, type CasebookFile } from '../../shared/sync/casebook-layout';
import { mergeSharedFile } from '../../shared/sync/merge-shared-file';
import { makeDirectoryDurably, writeFileDurably } from '../store/durable-write';
import { removeStoreFile } from '../store/remove-store-file';
import { withWriteMutex } from '../store/write-mutex';
import type { GitObjects } from './git-objects';
import { syncStatePath } from './sync-repository';

/**
 * A merge about to be written into the store, kept in `.git` until done: a sync killed half-way
 * finishes it first thing next time, so the store never keeps half a pull with the branch
 * still before it (which would commit colleagues' files back as this store's).
 */
export interface MaterializeJournal {
  /** The commit the branch moves to. */
  head: string;
  /** The commit the branch is on before (undefined: no commit yet). */
  expected: string | undefined;
  branchRef: string;
  /**
   * Files to write: the blob, whether it is a shared file, and the blob this store last committed
   * there; with `remove`, a file the remote removed, taken away only while it still holds `expected`.
   */
  files: { path: string; sha: string; mode: string; shared: boolean; expected: string | undefined; remove?: boolean }[];
}

const BATCH = 256;

/** Records the journal, writes its files, records them in the index, moves the branch, then drops the journal. */
export async function finishMaterializing(objects: GitObjects, storeDir: string, journal: MaterializeJournal): Promise<void> {
  const path = syncStatePath(storeDir, 'merge.json');
  await writeFileDurably(path, JSON.stringify(journal));
  const written: { path: string; sha?: string; mode?: string }[] = [];
  for (const file of journal.files.filter((f) => f.remove))
    if (await removePulledFile(storeDir, file.path, file.expected)) written.push({ path: file.path });
  const writes = journal.files.filter((f) => !f.remove);
  for (let i = 0; i < writes.length; i += BATCH) {
    const slice = writes.slice(i, i + BATCH);
    const blobs = await objects.blobs(slice.map((f) => f.sha));
    // Written side by side: each write waits on its own fsyncs, which the disk serves together.
    const done = await Promise.all(
      slice.map(async (file) => {
        const sha = await writePulledFile(storeDir, file.path, blobs.get(file.sha) ?? Buffer.alloc(0), file.shared, file.expected, objects);
        return sha ? { path: file.path, sha, mode: file.mode } : undefined;
      }),
    );
    for (const entry of done) if (entry) written.push(entry);
  }
  // Recorded once: git rewrites the whole index on each update, so per batch would cost the square of a clone's files.
  await objects.setIndexEntries(written);
  const current = await objects.resolve(journal.branchRef);
  if (current !== journal.head) await objects.updateRef(journal.branchRef, journal.head, journal.expected);
  await rm(path, { force: true });
}

/** Finishes a merge a killed sync left half-written, if any. */
export async function recoverMaterializing(objects: GitObjects, storeDir: string): Promise<void> {
  const text = await readFile(syncStatePath(storeDir, 'merge.json'), 'utf8').catch(() => undefined);
  if (text === undefined) return;
  let journal: MaterializeJournal;
  try {
    journal = JSON.parse(text) as MaterializeJournal;
  } catch {
    // Cut off while being written: the merge never started, and the next pull makes it again.
    await rm(syncStatePath(storeDir, 'merge.json'), { force: true });
    return;
  }
  await finishMaterializing(objects, storeDir, journal);
}

/**
 * Removes a file the remote removed, with its backups, unless the store wrote it since it was
 * last committed (its bytes no longer hash to `expected`): that work is kept, and the next sync
 * commits it again. Resolves with whether the path is gone (so the index forgets it).
 */
async function removePulledFile(storeDir: string, path: string, expected: string | undefined): Promise<boolean> {
  const onDisk = await readFile(join(storeDir, path)).catch(() => undefined);
  if (onDisk && gitBlobSha(onDisk) !== expected) return false;
  await removeStoreFile(storeDir, path);
  return true;
}

/** The sha git gives these bytes as a blob, to tell whether the store rewrote a file since it was committed. */
export function gitBlobSha(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.byteLength}\0`).update(bytes).digest('hex');
}

/**
 * Writes one pulled file into the store unless the store wrote it since it was committed
 * (its bytes no longer hash to `expected`): a shared file is then merged again with what is on
 * disk, under the store's own write mutex; any other file keeps the store's bytes, which the
 * next sync commits. Resolves with the sha now recorded for the path, or undefined if skipped.
 */
export async function writePulledFile(
  storeDir: string,
  path: string,
  bytes: Buffer,
  shared: boolean,
  expected: string | undefined,
  objects: GitObjects,
): Promise<string | undefined> {
  const target = join(storeDir, path);
  const place = async (): Promise<string | undefined> => {
    const onDisk = await readFile(target).catch(() => undefined);
    const sha = gitBlobSha(bytes);
    if (onDisk && gitBlobSha(onDisk) === sha) return sha;
    if (onDisk && gitBlobSha(onDisk) !== expected) {
      if (!shared) return undefined;
      const file = classifyCasebookPath(path) as CasebookFile;
      const committed = expected ? (await objects.blobs([expected])).get(expected) : undefined;
      const [mine, base] = [
        JSON.parse(onDisk.toString('utf8')) as unknown,
        committed ? (JSON.parse(committed.toString('utf8')) as unknown) : undefined,
      ];
      const merged = JSON.stringify(mergeSharedFile(file, mine, JSON.parse(bytes.toString('utf8')) as unknown, base), null, 2);
      await writeFileDurably(target, merged);
      return sha;
    }
    await makeDirectoryDurably(dirname(target), target);
    await writeFileDurably(target, bytes);
    return sha;
  };
  return shared ? withWriteMutex(join(dirname(target), `.${path.split('/').pop() as string}.writing`), place) : place();
}
