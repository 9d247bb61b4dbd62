import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { nodeDurableFs, type DurableFs } from '../durable-fs';

/**
 * One operation as the disk sees it. Data goes to an inode; names point at inodes. `inode` is
 * the file a create, rename or copy is about, so a replay can move a name whose creation was lost.
 */
export type DiskOp =
  | { op: 'create'; path: string; inode: number }
  | { op: 'write'; inode: number; data: Buffer }
  | { op: 'fsync'; inode: number }
  | { op: 'fsyncDir'; path: string }
  | { op: 'rename'; from: string; to: string; inode: number | undefined }
  | { op: 'unlink'; path: string }
  | { op: 'rmdir'; path: string }
  | { op: 'mkdir'; path: string }
  | { op: 'ack'; label: string };

/** A recording layer over Node's file operations: everything the store writes, in order, relative to `root`. */
export interface RecordingFs {
  fs: DurableFs;
  log: DiskOp[];
  /** Marks that the store acknowledged a change (its promise resolved) at this point of the log. */
  ack(label: string): void;
}

/** Records the store's writes under `root` as a log of disk operations (see DiskOp). */
export function createRecordingFs(root: string): RecordingFs {
  const real = nodeDurableFs();
  const log: DiskOp[] = [];
  const names = new Map<string, number>();
  let inodes = 0;
  const rel = (path: string) => relative(root, path).split('\\').join('/');

  return {
    log,
    ack: (label) => log.push({ op: 'ack', label }),
    fs: {
      async open(path, flags) {
        const handle = await real.open(path, flags);
        if (flags === 'r') {
          return {
            write: (b, o, l) => handle.write(b, o, l),
            close: () => handle.close(),
            sync: async () => (await handle.sync(), void log.push({ op: 'fsyncDir', path: rel(path) })),
          };
        }
        const inode = ++inodes;
        names.set(rel(path), inode);
        log.push({ op: 'create', path: rel(path), inode });
        return {
          async write(buffer, offset, length) {
            const result = await handle.write(buffer, offset, length);
            log.push({
              op: 'write',
              inode,
              data: Buffer.from(buffer.subarray(offset, offset + result.bytesWritten)),
            });
            return result;
          },
          sync: async () => (await handle.sync(), void log.push({ op: 'fsync', inode })),
          close: () => handle.close(),
        };
      },
      async rename(from, to) {
        await real.rename(from, to);
        const inode = names.get(rel(from));
        names.delete(rel(from));
        if (inode !== undefined) names.set(rel(to), inode);
        log.push({ op: 'rename', from: rel(from), to: rel(to), inode });
      },
      async unlink(path) {
        await real.unlink(path);
        names.delete(rel(path));
        log.push({ op: 'unlink', path: rel(path) });
      },
      async rmdir(path) {
        await real.rmdir(path);
        log.push({ op: 'rmdir', path: rel(path) });
      },
      async mkdir(path) {
        const first = await real.mkdir(path);
        if (first !== undefined) {
          const chain: string[] = [];
          for (let d = path; ; d = dirname(d)) {
            chain.unshift(d);
            if (d === first) break;
          }
          for (const d of chain) log.push({ op: 'mkdir', path: rel(d) });
        }
        return first;
      },
      async copyFile(from, to) {
        await real.copyFile(from, to);
        // A copy is a new file written without fsync.
        const inode = ++inodes;
        names.set(rel(to), inode);
        log.push({ op: 'create', path: rel(to), inode }, { op: 'write', inode, data: await readFile(to) });
      },
      readFile: (path) => real.readFile(path),
      stat: (path) => real.stat(path),
    },
  };
}

/**
 * How power loss treats what was not yet flushed: `strict` keeps only fsynced data and entries
 * whose folder was fsynced since; `eager` also keeps every later entry change (renames reach the
 * disk before data, as with ext4's delayed allocation); `reordered` keeps a random selection of
 * them, each with a random prefix of its unflushed data (as ALICE and SQLite's crash tests do).
 */
export type LossPolicy = 'strict' | 'eager' | 'reordered';

/** The files of a folder, by path relative to it, and its folders. */
export interface DiskImage {
  files: Map<string, Buffer>;
  dirs: Set<string>;
}

/** Reads every file and folder under `root`. */
export async function snapshot(root: string): Promise<DiskImage> {
  const image: DiskImage = { files: new Map(), dirs: new Set(['']) };
  for (const entry of await readdir(root, {
    recursive: true,
    withFileTypes: true,
  })) {
    const path = relative(root, join(entry.parentPath, entry.name)).split('\\').join('/');
    if (entry.isDirectory()) image.dirs.add(path);
    else if (entry.isFile()) image.files.set(path, await readFile(join(root, path)));
  }
  return image;
}

/**
 * What the disk holds when power fails just before operation `crashAt` of `log`, starting from
 * `before`, under `policy`; `random` draws the choices of `reordered`. Also returns the labels
 * acknowledged before the crash.
 */
export function replayUntilCrash(
  before: DiskImage,
  log: readonly DiskOp[],
  crashAt: number,
  policy: LossPolicy,
  random: () => number,
): { image: DiskImage; acknowledged: string[] } {
  const ops = log.slice(0, crashAt);
  const data = new Map<number, { bytes: Buffer[]; synced: number; length: number }>();
  const lastDirSync = new Map<string, number>();
  const acknowledged: string[] = [];
  ops.forEach((op, i) => {
    if (op.op === 'write') {
      const inode = data.get(op.inode) ?? { bytes: [], synced: 0, length: 0 };
      inode.bytes.push(op.data);
      inode.length += op.data.byteLength;
      data.set(op.inode, inode);
    } else if (op.op === 'fsync') {
      const inode = data.get(op.inode);
      if (inode) inode.synced = inode.length;
    } else if (op.op === 'fsyncDir') lastDirSync.set(op.path === '' ? '' : op.path, i);
    else if (op.op === 'ack') acknowledged.push(op.label);
  });
  const parentOf = (path: string) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
  const durable = (i: number, path: string) => (lastDirSync.get(parentOf(path)) ?? -1) > i;
  const keep = (i: number, path: string) => durable(i, path) || policy === 'eager' || (policy === 'reordered' && random() < 0.5);

  const names = new Map<string, number | Buffer>(before.files);
  const dirs = new Set(before.dirs);
  ops.forEach((op, i) => {
    if (op.op === 'create' && keep(i, op.path)) names.set(op.path, op.inode);
    if (op.op === 'mkdir' && keep(i, op.path)) dirs.add(op.path);
    if (op.op === 'unlink' && keep(i, op.path)) names.delete(op.path);
    // A folder only goes once empty: a removal of its files that did not reach the disk keeps it.
    if (op.op === 'rmdir' && keep(i, op.path) && ![...names.keys()].some((n) => parentOf(n) === op.path)) dirs.delete(op.path);
    if (op.op === 'rename' && keep(i, op.to)) {
      const moved = op.inode ?? names.get(op.from);
      names.delete(op.from);
      if (moved !== undefined) names.set(op.to, moved);
    }
  });

  const files = new Map<string, Buffer>();
  for (const [path, target] of names) {
    if (!dirs.has(parentOf(path))) continue;
    if (Buffer.isBuffer(target)) {
      files.set(path, target);
      continue;
    }
    const inode = data.get(target);
    const whole = inode ? Buffer.concat(inode.bytes) : Buffer.alloc(0);
    const kept = policy === 'reordered' ? inode && inode.synced + Math.floor(random() * (inode.length - inode.synced + 1)) : inode?.synced;
    files.set(path, whole.subarray(0, kept ?? 0));
  }
  return { image: { files, dirs }, acknowledged };
}

/** Writes `image` into the empty folder `root`. */
export async function materialize(image: DiskImage, root: string): Promise<void> {
  for (const dir of [...image.dirs].sort()) await mkdir(join(root, dir), { recursive: true });
  for (const [path, bytes] of image.files) await writeFile(join(root, path), bytes);
}
