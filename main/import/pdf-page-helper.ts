import { availableParallelism } from 'node:os';
import { MessageChannel, type MessagePort, type Worker } from 'node:worker_threads';
import { startImportThread } from './import-thread';
import type { PdfHelperControl, PdfHelperStarted } from './route-protocol';

// A helper that has started but does not stop within this after being asked (stuck in one long
// page of a hostile file) is terminated: that is safe once it has started, never before.
const STOP_GRACE_MS = 2_000;

interface Helper {
  worker: Worker;
  started: Promise<boolean>;
  hasStarted: boolean;
  exited: Promise<void>;
  lent: boolean;
}

// One helper for the whole app, kept idle between imports like the warm import worker. It is
// never terminated while it starts: terminating a thread inside Node's start-up (its loader,
// zlib) could abort the whole process, as an earlier helper nested in the import worker did.
let helper: Helper | undefined;

/** A session with the PDF page helper for one import: the port to hand to the import worker, and how to give it back. */
export interface LentPageHelper {
  port: MessagePort;
  /** The import ended normally: the helper stays for the next one. */
  giveBack(): void;
}

/**
 * Starts the PDF page helper, a second thread that reads a share of a long PDF's pages (see
 * `servePdfPages`), unless one runs or there is a single core. Resolves once it has started
 * (pdf.js loaded), or has failed to; never rejects. The pool calls it when preparing for an
 * import, not during one: under tsx a thread's start grows the process by hundreds of megabytes,
 * which an import's memory watch would count against the file.
 */
export async function preparePdfPageHelper(): Promise<void> {
  if (availableParallelism() < 2) return;
  try {
    helper ??= startHelper();
  } catch {
    // The worker's entry is missing from the build: PDFs are read on one thread.
    return;
  }
  await helper.started;
}

/**
 * Lends the started PDF page helper to one import: the import worker opens the file on the
 * returned port and closes the port when done. Undefined when no helper has started (see
 * `preparePdfPageHelper`) or another import has it.
 */
export function lendPdfPageHelper(): LentPageHelper | undefined {
  const lent = helper;
  if (lent === undefined || !lent.hasStarted || lent.lent) return undefined;
  lent.lent = true;
  const { port1, port2 } = new MessageChannel();
  lent.worker.postMessage({ type: 'serve', port: port2 } satisfies PdfHelperControl, [port2]);
  return {
    port: port1,
    giveBack: () => {
      lent.lent = false;
    },
  };
}

/**
 * Stops the PDF page helper, if one runs, by asking it to: it finishes the page it is reading,
 * closes its documents and exits. A helper still starting is asked once it has started. Resolves
 * when the thread has exited; one that has started but does not stop within STOP_GRACE_MS is
 * terminated. Never rejects.
 */
export async function stopPdfPageHelper(): Promise<void> {
  const stopping = helper;
  if (stopping === undefined) return;
  helper = undefined;
  stopping.worker.postMessage({ type: 'stop' } satisfies PdfHelperControl);
  if (!(await stopping.started)) return stopping.exited;
  const grace = setTimeout(() => void stopping.worker.terminate(), STOP_GRACE_MS);
  grace.unref();
  await stopping.exited;
  clearTimeout(grace);
}

function startHelper(): Helper {
  const worker = startImportThread('pdf-pages');
  // Idle, it never holds the process open; a lending import's worker does.
  worker.unref();
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  // A thread that fails outright is gone: its 'error' is followed by 'exit'.
  worker.on('error', () => undefined);
  const started = new Promise<boolean>((resolve) => {
    worker.once('message', (message: PdfHelperStarted) => resolve(message.type === 'started'));
    void exited.then(() => resolve(false));
  });
  const created: Helper = { worker, started, hasStarted: false, exited, lent: false };
  void started.then((ok) => (created.hasStarted = ok));
  void exited.then(() => {
    if (helper === created) helper = undefined;
  });
  return created;
}
