import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ImportThreadRole } from './route-protocol';
import { sourceWorkerFile } from './source-worker';

// A hostile or huge file must not take the whole app down with it: past this heap the thread
// dies alone and the import fails with a message. The watch's memory limit, which also counts
// buffers outside the heap, is lower and usually stops the worker first.
export const IMPORT_THREAD_HEAP_MB = 1024;

/** True where the sources run unbuilt (tsx: tests, e2e, scripts), and threads start from bundles made on the spot. */
export const THREADS_RUN_FROM_SOURCES = import.meta.url.endsWith('.ts');

/**
 * Starts a thread on the import worker's entry, doing `role`: imports (the pool's workers), or
 * reading a share of a long PDF's pages for them (the PDF page helper). Its heap is capped at
 * IMPORT_THREAD_HEAP_MB. Throws when the entry is missing from the build.
 */
export function startImportThread(role: ImportThreadRole): Worker {
  return new Worker(locateWorkerEntry(), {
    workerData: { role },
    resourceLimits: { maxOldGenerationSizeMb: IMPORT_THREAD_HEAP_MB },
  });
}

/**
 * Where the worker's entry is. In the built app (out/main) it is `import-worker.js` beside the
 * main bundle (electron.vite.config.ts builds it as a second entry). Where the sources run
 * unbuilt (tsx, Vitest, Playwright), a bundle of the TypeScript entry (see sourceWorkerFile).
 */
function locateWorkerEntry(): URL {
  const here = import.meta.url;
  if (THREADS_RUN_FROM_SOURCES) return sourceWorkerFile(new URL('./routes/import-worker.ts', here));
  const candidates = ['./import-worker.js', '../import-worker.js'].map((path) => new URL(path, here));
  const built = candidates.find((url) => existsSync(fileURLToPath(url)));
  if (built === undefined)
    throw new Error(`The import worker is missing from the build (looked for ${candidates.map((url) => fileURLToPath(url)).join(', ')}).`);
  return built;
}
