import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { UserFacingError } from '../../shared/ipc/result';
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

// A hostile or huge file must not take the whole app down with it: past this heap the worker
// dies alone and the import fails with a message. The watch's memory limit, which also counts
// buffers outside the heap, is lower and usually stops the worker first.
const WORKER_HEAP_MB = 1024;

// One warm worker is kept between imports (loading jsdom, mammoth and pdf.js costs ~0.5 s); an
// import that finds it busy gets a worker of its own.
let idle: Worker | undefined;
// Workers that have loaded every route's modules, and the warm-up under way, if any.
const warmed = new WeakSet<Worker>();
let warming: Promise<void> | undefined;

/**
 * Starts the import worker and has it load every route's modules, ahead of an import the analyst
 * is about to start (opening the file chooser, dragging a file in, opening the paste dialog).
 * Resolves once the worker is ready, at once if it already is; a second call while one is under
 * way shares it. Never rejects: if the worker cannot start or dies, the import will say why.
 */
export function prepareImportWorker(): Promise<void> {
  if (warming !== undefined) return warming;
  if (idle !== undefined && warmed.has(idle)) return Promise.resolve();
  let worker: Worker;
  try {
    worker = idle ?? startWorker();
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
 * watchImportWorker), or with `signal.reason` when cancelled.
 */
export function runInImportWorker(request: RouteRequest, control: ImportControl = {}): Promise<RouteParts> {
  const { signal, onProgress, limits = importWatchLimits(request.bytes.byteLength) } = control;
  if (signal?.aborted) return Promise.reject(signal.reason as Error);
  const worker = idle ?? startWorker();
  idle = undefined;
  worker.ref();
  return new Promise<RouteParts>((resolve, reject) => {
    const finish = (settle: () => void, reusable: boolean) => {
      stopWatching();
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      signal?.removeEventListener('abort', onAbort);
      if (reusable && idle === undefined) {
        worker.unref();
        idle = worker;
      } else {
        void worker.terminate();
      }
      settle();
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
    worker.postMessage(request satisfies WorkerRequest);
  });
}

/** Stops the idle worker (the command line calls this before it exits; an idle worker never holds the process open). */
export async function stopIdleImportWorker(): Promise<void> {
  const worker = idle;
  idle = undefined;
  await worker?.terminate();
}

function describeCrash(error: Error, fileName: string): Error {
  if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return new UserFacingError(
      'import-failed',
      `"${fileName}" could not be imported: reading it needed more than ${WORKER_HEAP_MB} MB of memory.`,
    );
  }
  return error;
}

function startWorker(): Worker {
  const entry = locateWorkerEntry();
  return new Worker(entry.file, { workerData: entry.workerData, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
}

/**
 * Where the worker's entry is. In the built app (out/main) it is `import-worker.js` beside the
 * main bundle (electron.vite.config.ts builds it as a second entry). Where the sources run
 * unbuilt (tsx, Vitest, Playwright), the TypeScript entry is started through a bootstrap that
 * registers tsx in the worker, which does not inherit its parent's loader.
 */
export function locateWorkerEntry(): { file: URL; workerData?: { entry: string } } {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    return {
      file: new URL('./routes/tsx-worker-bootstrap.mjs', here),
      workerData: { entry: new URL('./routes/import-worker.ts', here).href },
    };
  }
  const candidates = ['./import-worker.js', '../import-worker.js'].map((path) => new URL(path, here));
  const built = candidates.find((url) => existsSync(fileURLToPath(url)));
  if (built === undefined)
    throw new Error(`The import worker is missing from the build (looked for ${candidates.map((url) => fileURLToPath(url)).join(', ')}).`);
  return { file: built };
}
