import { nodeDurableFs, type DurableFs, type DurableHandle } from '../durable-fs';

/** One file operation of a store write, numbered in the order it was asked for. */
export interface FsStep {
  n: number;
  op: 'open' | 'write' | 'sync' | 'close' | 'rename' | 'unlink' | 'rmdir' | 'mkdir' | 'copyFile' | 'readFile' | 'stat';
  path: string;
}

/**
 * What goes wrong at a faulted step: the system error with that code (a full disk, a failing
 * disk…); `short`, a write that takes only half the bytes and says so (a correct writer goes on
 * with the rest); `lost`, a write that takes half the bytes and claims all of them (a lying
 * disk, caught only by reading back).
 */
export type Fault = 'ENOSPC' | 'EDQUOT' | 'EIO' | 'EROFS' | 'EACCES' | 'EPERM' | 'short' | 'lost';

/** A fault-injecting layer over Node's file operations and what it saw. */
export interface FaultyFs {
  fs: DurableFs;
  /** Every step asked for so far. */
  steps: FsStep[];
  /** The steps that were made to fail, in order. */
  faulted: FsStep[];
  /** Stops injecting (the disk has been freed). */
  heal(): void;
}

/**
 * Wraps Node's file operations so that each step `at` picks fails with `fault`: only the first
 * such step, unless `persistent` (a disk that stays full until `heal`). `short` and `lost`
 * apply to writes only; other steps they pick are left alone.
 */
export function createFaultyFs({
  fault,
  at,
  persistent = false,
}: {
  fault: Fault;
  at: (step: FsStep) => boolean;
  persistent?: boolean;
}): FaultyFs {
  const real = nodeDurableFs();
  const steps: FsStep[] = [];
  const faulted: FsStep[] = [];
  let healed = false;

  /** Records the step; true when it is to fail. */
  function strikes(op: FsStep['op'], path: string, applies = true): boolean {
    const step = { n: steps.length, op, path };
    steps.push(step);
    if (healed || !applies || !at(step) || (!persistent && faulted.length > 0)) return false;
    faulted.push(step);
    return true;
  }

  function failure(op: string, path: string): NodeJS.ErrnoException {
    return Object.assign(new Error(`${fault}: injected fault, ${op} '${path}'`), { code: fault, syscall: op, path });
  }

  const errno = fault !== 'short' && fault !== 'lost';
  const guard = async <T>(op: FsStep['op'], path: string, run: () => Promise<T>): Promise<T> => {
    if (strikes(op, path, errno)) throw failure(op, path);
    return run();
  };

  function wrap(handle: DurableHandle, path: string): DurableHandle {
    return {
      async write(buffer, offset, length) {
        if (!strikes('write', path)) return handle.write(buffer, offset, length);
        if (errno) throw failure('write', path);
        const half = Math.floor(length / 2);
        const { bytesWritten } = await handle.write(buffer, offset, half);
        return { bytesWritten: fault === 'lost' ? length : bytesWritten };
      },
      sync: () => guard('sync', path, () => handle.sync()),
      async close() {
        // The descriptor is let go even when the close reports an error, as the system does.
        const fails = strikes('close', path, errno);
        await handle.close();
        if (fails) throw failure('close', path);
      },
    };
  }

  return {
    fs: {
      open: (path, flags) => guard('open', path, async () => wrap(await real.open(path, flags), path)),
      rename: (from, to) => guard('rename', to, () => real.rename(from, to)),
      unlink: (path) => guard('unlink', path, () => real.unlink(path)),
      rmdir: (path) => guard('rmdir', path, () => real.rmdir(path)),
      mkdir: (path) => guard('mkdir', path, () => real.mkdir(path)),
      copyFile: (from, to) => guard('copyFile', to, () => real.copyFile(from, to)),
      readFile: (path) => guard('readFile', path, () => real.readFile(path)),
      stat: (path) => guard('stat', path, () => real.stat(path)),
    },
    steps,
    faulted,
    heal: () => {
      healed = true;
    },
  };
}
