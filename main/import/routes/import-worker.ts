import { parentPort, workerData } from 'node:worker_threads';
import type { ImportThreadRole } from '../route-protocol';

// The import worker's entry, in one of two roles (`startImportThread`). As an import worker it
// answers one request at a time from the pool (`serve-imports.ts`). As the PDF page helper it
// reads the pages import workers ask it for (`serve-pdf-pages.ts`) and loads only pdf.js, not the
// other routes' parsers.
const port = parentPort;
if (port === null) throw new Error('import-worker runs as a worker thread only.');

const role = (workerData as { role?: ImportThreadRole } | null)?.role ?? 'import';
if (role === 'pdf-pages') (await import('./serve-pdf-pages')).servePdfPages(port);
else (await import('./serve-imports')).serveImports(port);
