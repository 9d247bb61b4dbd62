import { UserFacingError } from '../../shared/ipc/result';
import { IMPORT_MEMORY_MB, importTimeLimitMs, tooLargeToRead } from './import-limits';

/** The limits one import runs under; the defaults come from import-limits.ts. */
export interface ImportWatchLimits {
  timeMs: number;
  memoryMb: number;
}

/** How the resident memory is read; the process's, by default. */
export type ReadRss = () => number;

// Frequent enough that a bomb inflating at 1 GB/s overshoots by tens of megabytes at most.
const SAMPLE_MS = 25;

/** The limits for a file of `byteLength` bytes. */
export function importWatchLimits(byteLength: number): ImportWatchLimits {
  return { timeMs: importTimeLimitMs(byteLength), memoryMb: IMPORT_MEMORY_MB };
}

/**
 * Watches one import from the thread that started its worker: calls `onBreach` once, with the
 * UserFacingError to reject with, when the import runs longer than `limits.timeMs` or the
 * process's resident memory grows more than `limits.memoryMb` past what it was when the watch
 * began. Resident memory counts what a worker's heap limit cannot: ArrayBuffers and native
 * allocations (pdf.js's decoded streams, inflated zip parts). It is sampled here because the
 * worker itself may be stuck in one long synchronous call. The caller terminates the worker.
 * Returns the function that stops watching; the timers never keep the process alive.
 */
export function watchImportWorker(
  fileName: string,
  limits: ImportWatchLimits,
  onBreach: (error: UserFacingError) => void,
  readRss: ReadRss = () => process.memoryUsage.rss(),
): () => void {
  const baseline = readRss();
  const limitBytes = limits.memoryMb * 1024 * 1024;
  const stop = () => {
    clearInterval(sampler);
    clearTimeout(deadline);
  };
  const breach = (error: UserFacingError) => {
    stop();
    onBreach(error);
  };
  const sampler = setInterval(() => {
    if (readRss() - baseline > limitBytes) breach(tooLargeToRead(fileName, `reading it needed more than ${limits.memoryMb} MB of memory`));
  }, SAMPLE_MS);
  const deadline = setTimeout(() => {
    const seconds = Math.ceil(limits.timeMs / 1000);
    breach(
      new UserFacingError(
        'import-failed',
        `"${fileName}" took too long to read: Factmark stops reading a file of this size after ${seconds} s.`,
      ),
    );
  }, limits.timeMs);
  sampler.unref();
  deadline.unref();
  return stop;
}
