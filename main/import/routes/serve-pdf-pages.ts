import type { MessagePort } from 'node:worker_threads';
import { loadPdfjs, openPdfDocument, readPageLines, type OpenPdf } from '../pdf';
import type { PdfHelperControl, PdfHelperStarted, PdfPagesAnswer, PdfPagesRequest } from '../route-protocol';

interface Session {
  port: MessagePort;
  pdf: Promise<OpenPdf | undefined> | undefined;
  // Pages are read one after another: pdf.js would interleave two reads on one thread, and the
  // import worker wants each answer as soon as it can have it.
  queue: Promise<void>;
  ended: boolean;
  closed?: Promise<void>;
}

/**
 * The PDF page helper's side (see `lendPdfPageHelper`), on `parent`, the port to the pool. Loads
 * pdf.js, then says `started`. Each `serve` brings a session's port: the import worker sends the
 * file (opened as the import worker opens it: nothing runs, nothing is fetched; it has already
 * measured the file's streams and pages) and asks for pages, answered in order with their lines
 * or `page-failed`; a file it cannot open is answered `open-failed`. A session ends when the
 * import worker closes its port. `stop`, heard once started, ends every session after the page
 * being read, closes the documents and lets the thread exit.
 */
export function servePdfPages(parent: MessagePort): void {
  const sessions = new Set<Session>();
  const loaded = loadPdfjs().then(
    () => true,
    () => false,
  );
  void loaded.then(() => parent.postMessage({ type: 'started' } satisfies PdfHelperStarted));
  parent.on('message', (control: PdfHelperControl) => {
    if (control.type === 'serve') {
      sessions.add(serve(control.port, (session) => sessions.delete(session)));
      return;
    }
    void loaded.then(async () => {
      await Promise.all([...sessions].map((session) => end(session)));
      parent.close();
    });
  });
}

function serve(port: MessagePort, forget: (session: Session) => void): Session {
  const session: Session = { port, pdf: undefined, queue: Promise.resolve(), ended: false };
  const post = (answer: PdfPagesAnswer) => {
    if (!session.ended) port.postMessage(answer);
  };
  port.on('message', (request: PdfPagesRequest) => {
    if (request.type === 'open') {
      session.pdf ??= openPdfDocument(request.bytes, 'helper.pdf').then(
        (pdf) => (post({ type: 'opened' }), pdf),
        () => (post({ type: 'open-failed' }), undefined),
      );
      return;
    }
    const { page } = request;
    session.queue = session.queue.then(async () => {
      const pdf = await session.pdf;
      if (pdf === undefined || session.ended) return;
      try {
        post({ type: 'page', page, reading: await readPageLines(pdf.document, page) });
      } catch {
        post({ type: 'page-failed', page });
      }
    });
  });
  port.once('close', () => {
    void end(session).then(() => forget(session));
  });
  return session;
}

// Ends a session, once however often asked: no more answers; its document closes after the page being read.
function end(session: Session): Promise<void> {
  session.ended = true;
  session.port.close();
  session.closed ??= session.queue.then(async () => (await session.pdf)?.close());
  return session.closed;
}
