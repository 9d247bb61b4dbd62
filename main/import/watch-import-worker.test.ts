import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { UserFacingError } from '../../shared/ipc/result';
import { importWatchLimits, watchImportWorker } from './watch-import-worker';

const MB = 1024 * 1024;

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('watchImportWorker', () => {
  it('reports memory grown past the limit since the watch began, naming the file', () => {
    let rss = 900 * MB;
    const breaches: UserFacingError[] = [];
    watchImportWorker(
      'bomb.pdf',
      { memoryMb: 100, timeMs: 60_000 },
      (error) => breaches.push(error),
      () => rss,
    );
    rss += 99 * MB;
    vi.advanceTimersByTime(1_000);
    expect(breaches).toEqual([]);
    rss += 2 * MB;
    vi.advanceTimersByTime(1_000);
    expect(breaches.map((error) => error.message)).toEqual([
      '"bomb.pdf" is too large to read: reading it needed more than 100 MB of memory.',
    ]);
  });

  it('reports running past the time limit once, and nothing after it is stopped', () => {
    const breaches: UserFacingError[] = [];
    const stop = watchImportWorker(
      'slow.html',
      { memoryMb: 100, timeMs: 24_000 },
      (error) => breaches.push(error),
      () => 0,
    );
    vi.advanceTimersByTime(23_999);
    expect(breaches).toEqual([]);
    vi.advanceTimersByTime(10_000);
    expect(breaches.map((error) => error.message)).toEqual([
      '"slow.html" took too long to read: Factmark stops reading a file of this size after 24 s.',
    ]);
    stop();
    vi.advanceTimersByTime(60_000);
    expect(breaches).toHaveLength(1);
  });

  it('reports nothing once stopped', () => {
    let rss = 0;
    const onBreach = vi.fn();
    watchImportWorker('fine.md', { memoryMb: 1, timeMs: 1_000 }, onBreach, () => rss)();
    rss = 500 * MB;
    vi.advanceTimersByTime(5_000);
    expect(onBreach).not.toHaveBeenCalled();
  });
});

describe('importWatchLimits', () => {
  it('gives a 5 MB file three times the 15 s a Word document that size takes on a busy machine', () => {
    expect(importWatchLimits(5 * MB).timeMs).toBeGreaterThanOrEqual(45_000);
  });
});
