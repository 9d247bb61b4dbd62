import type { Worker } from 'node:worker_threads';
import { UserFacingError } from '../../shared/ipc/result';
import { IMPORT_THREAD_HEAP_MB, startImportThread, THREADS_RUN_FROM_SOURCES } from './import-thread';
import { lendPdfPageHelper, preparePdfPageHelper, stopPdfPageHelper, type LentPageHelper } from './pdf-page-helper';
import { declaredPageCount } from './pdf/declared-page-count';
import { HELPER_FROM_PAGES } from './pdf/read-pages';
import type { ImportProgress, RouteMessage, RouteParts, RouteRequest, WorkerRequest } from './route-protocol';
import { importWatchLimits, watchImportWorker, type ImportWatchLimits } from './watch-import-worker';

/** Cancelling and following one import. */
export interface ImportControl {
  /** Aborting terminates the worker; the import then rejects with the signal's reason. */
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
  /** The time and memory the import may take; by default those of import-limits.ts for its size. */
  limits?: ImportWatchLimits;
}

// One warm worker is kept between imports (loading jsdom, mammoth and pdf.js costs ~0.5 s); an
// import that finds it busy gets a worker of its own.
let idle: Worker | undefined;
// Workers that have loaded every route's modules, and the warm-up under way, if any.
const warmed = new WeakSet<Worker>();
let warming: Promise<void> | undefined;
// Imports under way: the PDF page helper starts only when there are none.
let running = 0;

/**
 * Starts the import worker and has it load every route's modules, ahead of an import the analyst
 * is about to start (opening the file chooser, dragging a file in, opening the paste dialog);
 * in the built app, then the PDF page helper (see preparePdfPageHelper) unless an import is
 * under way. Resolves once they are ready, at once if they already are; a second call while one
 * is under way shares the worker's warm-up. Never rejects: if the worker cannot start or dies,
 * the import will say why.
 */
export async function prepareImportWorker(): Promise<void> {
  await warmImportWorker();
  // From the sources a helper's start would cost as much memory as an import may use, and an
  // import begun meanwhile would be charged with it: there the helper is started on purpose only.
  if (!THREADS_RUN_FROM_SOURCES && running === 0) await preparePdfPageHelper();
}

function warmImportWorker(): Promise<void> {
  if (warming !== undefined) return warming;
  if (idle !== undefined && warmed.has(idle)) return Promise.resolve();
  let worker: Worker;
  try {
    worker = idle ?? startImportThread('import');
  } catch {
    return Promise.resolve();
  }
  idle = worker;
  worker.ref();
  warming = new Promise<void>((resolve) => {
    const settle = (ready: boolean) => {
      worker.off('message', onMessage);
      worker.off('error', onGone);
      worker.off('exit', onGone);
      warming = undefined;
      if (ready) warmed.add(worker);
      else if (idle === worker) {
        idle = undefined;
        void worker.terminate();
      }
      // An import may have taken the worker meanwhile; it keeps the process alive until it ends.
      if (idle === worker) worker.unref();
      resolve();
    };
    const onMessage = (message: RouteMessage) => {
      if (message.type === 'warmed') settle(true);
    };
    const onGone = () => settle(false);
    worker.on('message', onMessage);
    worker.on('error', onGone);
    worker.on('exit', onGone);
  });
  worker.postMessage({ type: 'warm' } satisfies WorkerRequest);
  return warming;
}

/**
 * Runs one file through its route in a worker thread, so the calling thread (Electron's main
 * process) stays responsive and the import can be cancelled by terminating the worker. Resolves
 * to the route's parts; rejects with the route's UserFacingError (naming the file), with one when
 * the worker dies (out of memory) or is stopped for taking too long or too much memory (see
 * watchImportWorker), or with `signal.reason` when cancelled. A PDF of HELPER_FROM_PAGES pages or
 * more borrows the PDF page helper when one has started. An import that ends in any other way
 * than an answer from the worker settles once its worker has exited, and the helper too when it
 * borrowed it, so nothing the import started is left running.
 */
export function runInImportWorker(request: RouteRequest, control: ImportControl = {}): Promise<RouteParts> {
  const { signal, onProgress, limits = importWatchLimits(request.bytes.byteLength) } = control;
  if (signal?.aborted) return Promise.reject(signal.reason as Error);
  const worker = idle ?? startImportThread('import');
  idle = undefined;
  worker.ref();
  const helper = borrowPageHelper(request);
  running += 1;
  return new Promise<RouteParts>((resolve, reject) => {
    const finish = (settle: () => void, reusable: boolean) => {
      running -= 1;
      stopWatching();
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      signal?.removeEventListener('abort', onAbort);
      if (reusable) {
        helper?.giveBack();
        if (idle === undefined) {
          worker.unref();
          idle = worker;
        } else {
          void worker.terminate();
        }
        settle();
        return;
      }
      void Promise.all([worker.terminate(), helper && stopPdfPageHelper()]).then(settle, settle);
    };
    const onMessage = (message: RouteMessage) => {
      if (message.type === 'warmed') return;
      if (message.type === 'progress') onProgress?.(message.progress);
      else if (message.type === 'done') finish(() => resolve(message.parts), true);
      else finish(() => reject(message.userFacing ? new UserFacingError(message.code, message.message) : new Error(message.message)), true);
    };
    const onError = (error: Error) => finish(() => reject(describeCrash(error, request.fileName)), false);
    const onExit = (code: number) =>
      finish(() => reject(new Error(`The import worker stopped (exit code ${code}) while reading "${request.fileName}".`)), false);
    const onAbort = () => finish(() => reject(signal?.reason as Error), false);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    signal?.addEventListener('abort', onAbort, { once: true });
    const stopWatching = watchImportWorker(request.fileName, limits, (error) => finish(() => reject(error), false));
    // The bytes are copied into the worker: the caller stores them after the import.
    const sent: WorkerRequest = helper === undefined ? request : { ...request, pageHelper: helper.port };
    worker.postMessage(sent, helper === undefined ? [] : [helper.port]);
  });
}

/**
 * Stops the idle worker and the PDF page helper (the command line calls this before it exits; an
 * idle worker or helper never holds the process open). Resolves once both have exited.
 */
export async function stopIdleImportWorker(): Promise<void> {
  const worker = idle;
  idle = undefined;
  await Promise.all([worker?.terminate(), stopPdfPageHelper()]);
}

// Long PDFs only: a short one reads faster alone than the helper's round trips allow.
function borrowPageHelper(request: RouteRequest): LentPageHelper | undefined {
  if (request.route !== 'pdf' || (declaredPageCount(request.bytes) ?? 0) < HELPER_FROM_PAGES) return undefined;
  return lendPdfPageHelper();
}

function describeCrash(error: Error, fileName: string): Error {
  if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return new UserFacingError(
      'import-failed',
      `"${fileName}" could not be imported: reading it needed more than ${IMPORT_THREAD_HEAP_MB} MB of memory.`,
    );
  }
  return error;
}
