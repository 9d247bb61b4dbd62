import type { Worker, WorkerOptions } from 'node:worker_threads';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { prepareImportWorker, runInImportWorker, stopIdleImportWorker } from './import-worker-pool';
import { HELPER_FROM_PAGES, loadPdfjs, pdfToArticleParts, type PageHelper } from './pdf';
import { writeSimplePdf, type SimplePage } from './pdf/fixtures/write-simple-pdf';
import { lendPdfPageHelper, preparePdfPageHelper, stopPdfPageHelper } from './pdf-page-helper';
import { openPageHelperSession } from './routes/page-helper-session';

// Every thread started here, with its role and whether it has exited, so a test can tell that
// nothing an import started is left running.
const threads = vi.hoisted(() => [] as { role: string; exited: boolean }[]);
vi.mock('node:worker_threads', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:worker_threads')>();
  class TrackedWorker extends actual.Worker {
    constructor(file: string | URL, options?: WorkerOptions) {
      super(file, options);
      const thread = { role: (options?.workerData as { role?: string } | undefined)?.role ?? 'import', exited: false };
      threads.push(thread);
      this.once('exit', () => (thread.exited = true));
    }
  }
  return { ...actual, Worker: TrackedWorker as unknown as typeof Worker };
});

// A report of `count` pages: a running head, paragraphs, a sideways note on every third page and
// the page number, so every step that reads a page (and lists what it dropped) is exercised.
function report(count: number): Uint8Array {
  const pages: SimplePage[] = Array.from({ length: count }, (_, i) => ({
    texts: [
      { x: 72, y: 760, size: 9, text: 'Harbour Authority annual report' },
      ...Array.from({ length: 30 }, (_, l) => ({
        x: 72,
        y: 700 - l * 14,
        size: 11,
        text: `Line ${l + 1} of page ${i + 1}: the authority reports the dues collected at the berths it dredged.`,
      })),
      ...(i % 3 === 0 ? [{ x: 30, y: 300, size: 8, text: `Filed copy ${i + 1}`, sideways: true }] : []),
      { x: 300, y: 40, size: 9, text: String(i + 1) },
    ],
  }));
  return writeSimplePdf(pages, { info: { Title: 'Harbour Authority annual report', Author: 'Port Office' } });
}

const helpersRunning = () => threads.filter((t) => t.role === 'pdf-pages' && !t.exited).length;

afterAll(async () => {
  await stopIdleImportWorker();
  expect(threads.filter((t) => !t.exited)).toEqual([]);
});

describe('the PDF page helper', () => {
  it('reads a share of a long PDF in a second thread, and the article is the one read on one thread', { timeout: 180_000 }, async () => {
    expect(lendPdfPageHelper()).toBeUndefined();
    await preparePdfPageHelper();
    const pdf = report(4 * HELPER_FROM_PAGES);
    await loadPdfjs();
    const alone = await pdfToArticleParts(pdf, 'report.pdf');
    const byHelper: number[] = [];
    const lent = lendPdfPageHelper()!;
    const shared = await pdfToArticleParts(pdf, 'report.pdf', {
      openHelper: (bytes): PageHelper => {
        const session = openPageHelperSession(lent.port, bytes);
        return { opened: session.opened, read: (page) => (byHelper.push(page), session.read(page)), close: () => session.close() };
      },
    });
    lent.giveBack();
    expect(byHelper.length).toBeGreaterThan(0);
    expect(shared).toEqual(alone);
    expect(alone.dropped.filter((d) => d.rule === 'sideways-text')).toHaveLength(Math.ceil((4 * HELPER_FROM_PAGES) / 3));
    await stopPdfPageHelper();
    expect(helpersRunning()).toBe(0);
  });

  it('is lent to one import at a time', { timeout: 120_000 }, async () => {
    await preparePdfPageHelper();
    const first = lendPdfPageHelper();
    expect(first).toBeDefined();
    expect(lendPdfPageHelper()).toBeUndefined();
    first!.port.close();
    first!.giveBack();
    await stopPdfPageHelper();
    expect(helpersRunning()).toBe(0);
  });

  it('is stopped while it starts only once it has started, by its own hand', { timeout: 120_000 }, async () => {
    const starting = preparePdfPageHelper();
    await stopPdfPageHelper();
    await starting;
    expect(helpersRunning()).toBe(0);
    expect(threads.filter((t) => t.role === 'pdf-pages')).not.toEqual([]);
  });

  // Cancelled at every stage, with and without the helper: before the first page, while both
  // threads read pages, near the end.
  it('leaves nothing running when imports of a long PDF are cancelled at any point', { timeout: 600_000 }, async () => {
    const pdf = { route: 'pdf' as const, fileName: 'report.pdf', bytes: report(3 * HELPER_FROM_PAGES), restore: [] };
    const expected = await runInImportWorker(pdf);
    const cancelAt = [0, 1, 4, 12, 24, 47];
    for (const [round, page] of cancelAt.entries()) {
      if (round % 3 !== 2) await prepareImportWorker();
      const cancel = new AbortController();
      const reason = new Error(`Cancelled at page ${page}.`);
      if (page === 0) queueMicrotask(() => cancel.abort(reason));
      const importing = runInImportWorker(pdf, {
        signal: cancel.signal,
        onProgress: ({ done }) => {
          if (done >= page) cancel.abort(reason);
        },
      });
      const outcome = await importing.then(
        (parts) => parts,
        (error: unknown) => error,
      );
      if (outcome === reason) expect(threads.filter((t) => !t.exited)).toEqual([]);
      else expect(outcome).toEqual(expected);
    }
    await stopIdleImportWorker();
    expect(threads.filter((t) => !t.exited)).toEqual([]);
  });
});
