import { describe, expect, it } from 'vitest';
import type { PageReading } from './read-page-lines';
import { HelperGone, readPages, type PageHelper } from './read-pages';

// A page's reading, told apart by its page number and the text on it.
const readingOf = (page: number): PageReading => ({
  lines: { page, width: 595, height: 842, lines: [{ page, text: `Text of page ${page}.`, x: 0, xEnd: 100, y: 10, size: 11 }] },
  sideways: [],
});

// Settles after `turns` event-loop turns, as a page read in another thread would.
const after = <T>(turns: number, value: () => T): Promise<T> =>
  new Promise((resolve, reject) => {
    const step = (left: number) => {
      if (left === 0) {
        try {
          resolve(value());
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      } else setImmediate(() => step(left - 1));
    };
    step(turns);
  });

/**
 * A helper that opens the file after `openTurns` and reads every page it is asked for after
 * `turns`, recording which; `failAt` stops it there. With `openTurns` Infinity it never opens it.
 */
function fakeHelper(turns: number, failAt?: { page: number; error: Error }, openTurns = 1) {
  const read: number[] = [];
  let closed = false;
  const helper: PageHelper = {
    opened: openTurns === Infinity ? new Promise<boolean>(() => {}) : after(openTurns, () => true),
    read: (page) =>
      after(turns, () => {
        if (failAt?.page === page) throw failAt.error;
        read.push(page);
        return readingOf(page);
      }),
    close: () => {
      closed = true;
    },
  };
  return { helper, read, closed: () => closed };
}

const readHere = (log: number[]) => (page: number) => after(1, () => (log.push(page), readingOf(page)));

describe('readPages', () => {
  it('gives every page in page order when a helper shares the reading', async () => {
    const here: number[] = [];
    const { helper, read, closed } = fakeHelper(1);
    const readings = await readPages(20, { readHere: readHere(here), helper, onPage: () => {} });
    expect(readings.map((r) => r.lines.page)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(read.length).toBeGreaterThan(0);
    expect(here.length).toBeGreaterThan(0);
    expect([...here, ...read].sort((a, b) => a - b)).toEqual(readings.map((r) => r.lines.page));
    expect(closed()).toBe(true);
  });

  it('reads here while the helper is slow to open the file, and the helper joins once it has', async () => {
    const here: number[] = [];
    const { helper, read } = fakeHelper(1, undefined, 10);
    const readings = await readPages(40, { readHere: readHere(here), helper, onPage: () => {} });
    expect(readings.map((r) => r.lines.page)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(here.slice(0, 4)).toEqual([1, 2, 3, 4]);
    expect(read.length).toBeGreaterThan(0);
  });

  it('does not wait for a helper that opens the file only after every page was read here', async () => {
    const here: number[] = [];
    const { helper, read, closed } = fakeHelper(1, undefined, Infinity);
    const readings = await readPages(5, { readHere: readHere(here), helper, onPage: () => {} });
    expect(readings).toHaveLength(5);
    expect(here).toEqual([1, 2, 3, 4, 5]);
    expect(read).toEqual([]);
    expect(closed()).toBe(true);
  });

  it('reads every page here when the helper cannot open the file', async () => {
    const here: number[] = [];
    const helper: PageHelper = { opened: Promise.resolve(false), read: () => Promise.reject(new Error('not asked')), close: () => {} };
    const readings = await readPages(6, { readHere: readHere(here), helper, onPage: () => {} });
    expect(readings).toHaveLength(6);
    expect(here).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('reads here the pages a helper took before it stopped', async () => {
    const here: number[] = [];
    const { helper } = fakeHelper(1, { page: 2, error: new HelperGone('stopped') });
    const readings = await readPages(10, { readHere: readHere(here), helper, onPage: () => {} });
    expect(readings.map((r) => r.lines.page)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(here).toContain(2);
  });

  it('rejects with the error of a page the helper cannot read', async () => {
    const unreadable = new Error('page 2 cannot be read');
    const { helper } = fakeHelper(1, { page: 2, error: unreadable });
    await expect(readPages(10, { readHere: readHere([]), helper, onPage: () => {} })).rejects.toBe(unreadable);
  });

  it('stops handing out pages once onPage throws', async () => {
    const here: number[] = [];
    const { helper, read } = fakeHelper(1);
    const tooLong = new Error('too long');
    const onPage = (page: number) => {
      if (page === 4) throw tooLong;
    };
    await expect(readPages(100, { readHere: readHere(here), helper, onPage })).rejects.toBe(tooLong);
    expect(here.length + read.length).toBeLessThan(10);
  });

  it('rejects with the signal’s reason once cancelled', async () => {
    const controller = new AbortController();
    const reason = new DOMException('Cancelled', 'AbortError');
    const onPage = (page: number) => {
      if (page === 2) controller.abort(reason);
    };
    await expect(readPages(50, { readHere: readHere([]), signal: controller.signal, onPage })).rejects.toBe(reason);
  });
});
