import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerRole } from '../route-protocol';

// The import worker's entry, in one of two roles (`startImportWorker`). As an import worker it
// answers one request at a time from the thread that started it (`serve-imports.ts`). As the PDF
// page helper of an import worker it reads the pages that worker hands it (`serve-pdf-pages.ts`)
// and loads only pdf.js, not the other routes' parsers.
const port = parentPort;
if (port === null) throw new Error('import-worker runs as a worker thread only.');

const role = (workerData as { role?: WorkerRole } | null)?.role ?? 'import';
if (role === 'pdf-pages') (await import('./serve-pdf-pages')).servePdfPages(port);
else (await import('./serve-imports')).serveImports(port);
