import { copyFile, mkdir, open, readFile, rename, rmdir, stat, unlink } from 'node:fs/promises';

/** An open file as the durable writer uses it: sequential writes, fsync, close. */
export interface DurableHandle {
  /** Writes `length` bytes of `buffer` from `offset` at the file's position; may write fewer, saying how many. */
  write(buffer: Uint8Array, offset: number, length: number): Promise<{ bytesWritten: number }>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Every file operation by which the store changes the disk (its data files, their temp files,
 * folders and backups). The store reaches the disk for writing only through `durableFs()`, so
 * the test suite and the benchmark can make any step fail, write short or be recorded.
 */
export interface DurableFs {
  /** Opens a file: 'wx' creates one that must not exist yet, 'r' opens a file or folder to read or fsync. */
  open(path: string, flags: 'wx' | 'r'): Promise<DurableHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  /** Removes an empty folder. */
  rmdir(path: string): Promise<void>;
  /** Creates `path` and its missing parents; resolves with the first folder created, undefined if it existed. */
  mkdir(path: string): Promise<string | undefined>;
  copyFile(from: string, to: string): Promise<void>;
  readFile(path: string): Promise<Uint8Array>;
  /** The file's permission bits and size; rejects with ENOENT when it does not exist. */
  stat(path: string): Promise<{ mode: number; size: number }>;
}

const nodeFs: DurableFs = {
  open: (path, flags) => open(path, flags),
  rename,
  unlink,
  rmdir: (path) => rmdir(path),
  mkdir: (path) => mkdir(path, { recursive: true }),
  copyFile,
  readFile,
  stat,
};

let current: DurableFs = nodeFs;

/** The file operations store writes use now: Node's, unless a test or the benchmark swapped them. */
export function durableFs(): DurableFs {
  return current;
}

/**
 * Makes store writes go through `fs` (a fault-injecting or recording layer) until the returned
 * function is called, which puts back the operations in use before.
 */
export function useDurableFs(fs: DurableFs): () => void {
  const previous = current;
  current = fs;
  return () => {
    current = previous;
  };
}

/** Node's own file operations, for layers that wrap them. */
export function nodeDurableFs(): DurableFs {
  return nodeFs;
}
