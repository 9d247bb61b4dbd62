import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { startImportWorker } from '../import-worker-pool';
import { HelperGone, type PageHelper, type PageReading } from '../pdf';
import type { PdfPagesMessage, PdfPagesRequest } from '../route-protocol';

// The helper is started between imports (`startPdfPageHelper`) and kept, idle and unref'd: its
// start (a thread, its modules, pdf.js) costs as much memory as a long PDF, and inside an import
// it would count against that import's memory limit. It is a thread of the import worker:
// terminating that worker (a cancel, a limit) stops it too, and the worker's memory watch counts
// what it uses while reading, since it measures the whole process.
let helper: Worker | undefined;
let sessions = 0;

/**
 * Starts the PDF page helper if it is not running, for the next long PDF (the import worker calls
 * it once a PDF import has been answered). Does nothing on a single core; never throws (without a helper, a PDF
 * is read on one thread).
 */
export function startPdfPageHelper(): void {
  if (helper !== undefined || availableParallelism() < 2) return;
  try {
    const started = startImportWorker('pdf-pages');
    started.unref();
    started.once('error', () => forget(started));
    started.once('exit', () => forget(started));
    helper = started;
  } catch {
    // The import worker's entry is missing: PDFs are read on one thread.
  }
}

function forget(worker: Worker): void {
  if (helper === worker) helper = undefined;
}

/**
 * Opens `bytes` in the PDF page helper, a second thread that reads the pages it is asked for
 * (see `servePdfPages`), for `pdfToArticleParts` to share a long PDF's pages with. Undefined when
 * no helper is running (see `startPdfPageHelper`). A page the helper cannot read rejects with
 * an Error; when the helper stops or cannot open the file, every read rejects with `HelperGone`.
 */
export function openPdfPageHelper(bytes: Uint8Array): PageHelper | undefined {
  const worker = helper;
  if (worker === undefined) return undefined;
  const session = ++sessions;
  const waiting = new Map<number, { resolve: (reading: PageReading) => void; reject: (error: Error) => void }>();
  let gone = false;
  const send = (request: PdfPagesRequest) => worker.postMessage(request);
  const stop = () => {
    gone = true;
    for (const { reject } of waiting.values()) reject(new HelperGone('The PDF page helper stopped.'));
    waiting.clear();
    worker.off('message', onMessage);
    worker.off('error', onGone);
    worker.off('exit', onGone);
  };
  const onMessage = (message: PdfPagesMessage) => {
    if (message.session !== session) return;
    if (message.type === 'open-failed') return stop();
    const answer = waiting.get(message.page);
    waiting.delete(message.page);
    if (message.type === 'page') answer?.resolve(message.reading);
    else answer?.reject(new Error(`The PDF page helper could not read page ${message.page}.`));
  };
  const onGone = () => {
    forget(worker);
    stop();
  };
  worker.on('message', onMessage);
  worker.on('error', onGone);
  worker.on('exit', onGone);
  worker.ref();
  send({ type: 'open', session, bytes });
  return {
    read(page) {
      if (gone) return Promise.reject(new HelperGone('The PDF page helper stopped.'));
      return new Promise<PageReading>((resolve, reject) => {
        waiting.set(page, { resolve, reject });
        send({ type: 'read', session, page });
      });
    },
    close() {
      if (!gone) send({ type: 'close', session });
      stop();
      worker.unref();
    },
  };
}
