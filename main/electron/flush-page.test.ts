import { describe, expect, it, vi } from 'vitest';
import { flushPage, type PageLike } from './flush-page';

const page = (answer: () => Promise<unknown>, destroyed = false): PageLike => ({ isDestroyed: () => destroyed, executeJavaScript: answer });

describe('flushPage', () => {
  it("reports the page's answer: saved, or not saved when a save failed", async () => {
    await expect(flushPage(page(async () => true))).resolves.toBe('saved');
    await expect(flushPage(page(async () => false))).resolves.toBe('not-saved');
  });

  it('calls the hook the renderer installs, and treats a page without it as having nothing to save', async () => {
    const executeJavaScript = vi.fn(async () => null);
    await expect(flushPage(page(executeJavaScript))).resolves.toBe('no-page');
    expect(executeJavaScript).toHaveBeenCalledWith(expect.stringContaining('globalThis.factmarkFlushBeforeQuit()'));
  });

  it('does not ask a destroyed or crashed page', async () => {
    const executeJavaScript = vi.fn(async () => true);
    await expect(flushPage(page(executeJavaScript, true))).resolves.toBe('no-page');
    expect(executeJavaScript).not.toHaveBeenCalled();
    await expect(flushPage(page(() => Promise.reject(new Error('Render frame was disposed'))))).resolves.toBe('no-page');
  });

  it('stops waiting for a page that never answers', async () => {
    vi.useFakeTimers();
    try {
      const outcome = flushPage(
        page(() => new Promise(() => {})),
        5000,
      );
      await vi.advanceTimersByTimeAsync(5000);
      await expect(outcome).resolves.toBe('timed-out');
    } finally {
      vi.useRealTimers();
    }
  });
});
