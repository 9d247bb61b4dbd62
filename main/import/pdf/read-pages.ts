import { setImmediate as nextTurn } from 'node:timers/promises';
import type { PageReading } from './read-page-lines';

/**
 * Another thread with the same PDF open, reading the pages it is asked for. `opened` resolves to
 * true once it has the file open, to false when it never will (it stopped, or could not open it).
 * `read` rejects with a `HelperGone` when the thread has stopped (the page is then read here
 * instead), and with any other error when the page itself cannot be read.
 */
export interface PageHelper {
  opened: Promise<boolean>;
  read(page: number): Promise<PageReading>;
  /** Ends the session: the helper closes its copy of the document. */
  close(): void;
}

/** From this many pages on, a helper thread shares the reading (it costs its start, and a round trip per page). */
export const HELPER_FROM_PAGES = 16;

/** The helper thread stopped (it died, or could not open the file); its pages are read here. */
export class HelperGone extends Error {
  override name = 'HelperGone';
}

/** How `readPages` reads, follows and stops. */
export interface ReadPagesOptions {
  /** Reads one page on this thread. */
  readHere: (page: number) => Promise<PageReading>;
  /** A second thread sharing the pages; without one every page is read here. */
  helper?: PageHelper;
  /** Checked before each page is handed out. */
  signal?: AbortSignal;
  /** Called once per page read, in the order they finish; a throw stops the reading and rejects with it. */
  onPage: (page: number, reading: PageReading) => void;
}

// Pages asked of the helper at a time: it reads the next while its last answer waits for this
// thread to finish a page of its own, so neither thread waits for the other.
const HELPER_QUEUE = 2;

/**
 * Reads pages 1…`total`, handing each to whichever thread is free next: this one, or the helper
 * once it has the file open. Pages are claimed in order, so a helper still starting joins when it
 * is ready, or not at all if this thread finishes first; neither thread idles while pages remain.
 * Resolves to the readings in page order, the same whichever thread read each page. Rejects with
 * the first error: a page that cannot be read (`readHere`'s or the helper's), `onPage`'s, or
 * `signal.reason`; the other pages are not waited for beyond the one each thread is reading. This
 * thread gets an event-loop turn after every page it reads, so the helper's answers and
 * cancelling are heard. The helper's session is closed before it settles.
 */
export async function readPages(total: number, options: ReadPagesOptions): Promise<PageReading[]> {
  const { readHere, helper, signal, onPage } = options;
  const readings: PageReading[] = new Array<PageReading>(total);
  const returned: number[] = [];
  let next = 1;
  let failed = false;
  const claim = (): number | undefined => {
    if (failed) return undefined;
    signal?.throwIfAborted();
    if (returned.length > 0) return returned.pop();
    return next <= total ? next++ : undefined;
  };
  const record = (page: number, reading: PageReading) => {
    readings[page - 1] = reading;
    onPage(page, reading);
  };
  const stopOnError = async (work: Promise<void>) => {
    try {
      await work;
    } catch (error) {
      failed = true;
      throw error;
    }
  };
  const readHereUntilDone = async () => {
    for (let page = claim(); page !== undefined; page = claim()) {
      record(page, await readHere(page));
      await nextTurn();
    }
  };
  // Pages a stopped helper had taken come back to this thread; the helper is not asked again.
  let helperGone = false;
  const askHelper = async (source: PageHelper, hereDone: Promise<unknown>) => {
    if (!(await Promise.race([source.opened, hereDone.then(() => false)]))) return;
    for (let page = helperGone ? undefined : claim(); page !== undefined; page = helperGone ? undefined : claim()) {
      try {
        record(page, await source.read(page));
      } catch (error) {
        if (!(error instanceof HelperGone)) throw error;
        helperGone = true;
        returned.push(page);
      }
    }
  };
  try {
    // This thread claims page 1 first: the title page reads, and progress shows, without a round trip.
    const here = stopOnError(readHereUntilDone());
    const hereDone = here.catch(() => undefined);
    const helpers = helper === undefined ? [] : Array.from({ length: HELPER_QUEUE }, () => stopOnError(askHelper(helper, hereDone)));
    await Promise.all([here, ...helpers]);
    // A helper that stopped after this thread ran out of pages left its pages to read here.
    await stopOnError(readHereUntilDone());
  } finally {
    helper?.close();
  }
  return readings;
}
