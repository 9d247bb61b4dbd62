import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { startImportWorker } from '../import-worker-pool';
import { HelperGone, type PageHelper, type PageReading } from '../pdf';
import type { PdfPagesMessage, PdfPagesRequest } from '../route-protocol';

// The helper is started on the first long PDF and kept, idle and unref'd, for the next (it loads
// pdf.js once). It is a thread of the import worker: terminating that worker (a cancel, a limit)
// stops it too, and the worker's memory watch counts it, since it measures the whole process.
let helper: Worker | undefined;
let sessions = 0;

/**
 * Opens `bytes` in the PDF page helper, a second thread that reads the pages it is asked for
 * (see `servePdfPages`), for `pdfToArticleParts` to share a long PDF's pages with. Undefined on
 * a single core, or when the thread cannot be started. A page the helper cannot read rejects with
 * an Error; when the helper stops or cannot open the file, every read rejects with `HelperGone`.
 */
export function openPdfPageHelper(bytes: Uint8Array): PageHelper | undefined {
  if (availableParallelism() < 2) return undefined;
  let worker: Worker;
  try {
    worker = helper ?? startImportWorker('pdf-pages');
  } catch {
    return undefined;
  }
  helper = worker;
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
    if (helper === worker) helper = undefined;
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
