import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ImportThreadRole } from './route-protocol';

// A hostile or huge file must not take the whole app down with it: past this heap the thread
// dies alone and the import fails with a message. The watch's memory limit, which also counts
// buffers outside the heap, is lower and usually stops the worker first.
export const IMPORT_THREAD_HEAP_MB = 1024;

/**
 * True where the sources run unbuilt (tsx: tests, e2e, scripts): each thread then registers tsx
 * and maps pdf.js's source map, and its start grows the process by 350–450 MB (measured) where
 * the built app's grows by about 80 MB.
 */
export const THREADS_RUN_FROM_SOURCES = import.meta.url.endsWith('.ts');

/**
 * Starts a thread on the import worker's entry, doing `role`: imports (the pool's workers), or
 * reading a share of a long PDF's pages for them (the PDF page helper). Its heap is capped at
 * IMPORT_THREAD_HEAP_MB. Throws when the entry is missing from the build.
 */
export function startImportThread(role: ImportThreadRole): Worker {
  const entry = locateWorkerEntry();
  return new Worker(entry.file, {
    workerData: { ...entry.workerData, role },
    resourceLimits: { maxOldGenerationSizeMb: IMPORT_THREAD_HEAP_MB },
  });
}

/**
 * Where the worker's entry is. In the built app (out/main) it is `import-worker.js` beside the
 * main bundle (electron.vite.config.ts builds it as a second entry). Where the sources run
 * unbuilt (tsx, Vitest, Playwright), the TypeScript entry is started through a bootstrap that
 * registers tsx in the worker, which does not inherit its parent's loader.
 */
function locateWorkerEntry(): { file: URL; workerData?: { entry: string } } {
  const here = import.meta.url;
  if (THREADS_RUN_FROM_SOURCES) {
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
