import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PROGRESS_AFTER_MS, runWithProgress } from './export-progress';

const settleAfter =
  <T>(ms: number, outcome: { value: T } | { error: Error }) =>
  () =>
    new Promise<T>((resolve, reject) => setTimeout(() => ('value' in outcome ? resolve(outcome.value) : reject(outcome.error)), ms));

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('runWithProgress', () => {
  it('says nothing about an export that finishes within half a second', async () => {
    const onSlow = vi.fn();
    const done = runWithProgress(settleAfter(PROGRESS_AFTER_MS - 1, { value: 'report.html' }), onSlow);
    await vi.advanceTimersByTimeAsync(PROGRESS_AFTER_MS - 1);
    await expect(done).resolves.toBe('report.html');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(onSlow).not.toHaveBeenCalled();
  });

  it('shows progress once half a second has passed, and the export still completes', async () => {
    const onSlow = vi.fn();
    const done = runWithProgress(settleAfter(2_000, { value: 'report.pdf' }), onSlow);
    await vi.advanceTimersByTimeAsync(PROGRESS_AFTER_MS - 1);
    expect(onSlow).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(onSlow).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1_500);
    await expect(done).resolves.toBe('report.pdf');
    expect(onSlow).toHaveBeenCalledTimes(1);
  });

  it('passes a failure on and never shows progress after it', async () => {
    const onSlow = vi.fn();
    const done = runWithProgress(settleAfter(100, { error: new Error('PDF export prints with Chromium.') }), onSlow);
    const failed = expect(done).rejects.toThrow('PDF export prints with Chromium.');
    await vi.advanceTimersByTimeAsync(100);
    await failed;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(onSlow).not.toHaveBeenCalled();
  });
});
