import type { MessagePort } from 'node:worker_threads';
import { openPdfDocument, readPageLines, type OpenPdf } from '../pdf';
import type { PdfPagesMessage, PdfPagesRequest } from '../route-protocol';

interface Session {
  id: number;
  pdf: Promise<OpenPdf | undefined>;
  // Pages are read one after another: pdf.js would interleave two reads on one thread, and the
  // import worker wants each answer as soon as it can have it.
  queue: Promise<void>;
}

/**
 * The PDF page helper's side of a session (see `openPdfPageHelper`): opens the bytes it is handed
 * as the import worker does (the same options: nothing runs, nothing is fetched), reads the
 * pages it is asked for in order, and answers each with its lines or with `page-failed`; a file it
 * cannot open is answered with `open-failed`. The import worker already measured the file's
 * streams and page count before handing it over. One session at a time: a new `open` ends the last.
 */
export function servePdfPages(port: MessagePort): void {
  let session: Session | undefined;
  const post = (message: PdfPagesMessage) => port.postMessage(message);
  const end = (ending: Session) => {
    ending.queue = ending.queue.then(async () => (await ending.pdf)?.close());
  };
  port.on('message', (request: PdfPagesRequest) => {
    switch (request.type) {
      case 'open': {
        if (session !== undefined) end(session);
        const id = request.session;
        const pdf = openPdfDocument(request.bytes, 'helper.pdf').catch(() => {
          post({ type: 'open-failed', session: id });
          return undefined;
        });
        session = { id, pdf, queue: session?.queue ?? Promise.resolve() };
        break;
      }
      case 'read': {
        const current = session;
        if (current?.id !== request.session) break;
        const { page } = request;
        current.queue = current.queue.then(async () => {
          const pdf = await current.pdf;
          if (pdf === undefined || session !== current) return;
          try {
            post({ type: 'page', session: current.id, page, reading: await readPageLines(pdf.document, page) });
          } catch {
            post({ type: 'page-failed', session: current.id, page });
          }
        });
        break;
      }
      case 'close': {
        if (session?.id !== request.session) break;
        end(session);
        session = undefined;
        break;
      }
    }
  });
}
