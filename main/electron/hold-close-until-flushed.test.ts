import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { holdCloseUntilFlushed } from './hold-close-until-flushed';

/** A window that closes unless a 'close' listener prevents it, as Electron's does. */
class FakeWindow extends EventEmitter {
  closed = false;
  close(): void {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (!prevented) this.closed = true;
  }
}

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((res) => (resolve = res));
  return { promise, resolve };
}

describe('holdCloseUntilFlushed', () => {
  it('keeps the window open until the page has saved, then closes it', async () => {
    const window = new FakeWindow();
    const saving = deferred();
    const flush = vi.fn(() => saving.promise);
    holdCloseUntilFlushed(window, flush, () => false, vi.fn());

    window.close();
    window.close();
    expect(window.closed).toBe(false);
    expect(flush).toHaveBeenCalledOnce();
    saving.resolve();
    await vi.waitFor(() => expect(window.closed).toBe(true));
  });

  it('lets the window close at once while the app is shutting down (the quit already saved)', () => {
    const window = new FakeWindow();
    const flush = vi.fn(async () => {});
    holdCloseUntilFlushed(window, flush, () => true, vi.fn());
    window.close();
    expect(window.closed).toBe(true);
    expect(flush).not.toHaveBeenCalled();
  });

  it('reports a failed save and still closes', async () => {
    const window = new FakeWindow();
    const onFlushError = vi.fn();
    holdCloseUntilFlushed(
      window,
      () => Promise.reject(new Error('page gone')),
      () => false,
      onFlushError,
    );
    window.close();
    await vi.waitFor(() => expect(window.closed).toBe(true));
    expect(onFlushError).toHaveBeenCalledWith(new Error('page gone'));
  });

  it('stays open when the analyst chose to keep changes the store refused, and asks again at the next close', async () => {
    const window = new FakeWindow();
    const answers = [false, true];
    const flush = vi.fn(async () => answers.shift());
    holdCloseUntilFlushed(window, flush, () => false, vi.fn());
    window.close();
    await vi.waitFor(() => expect(flush).toHaveBeenCalledTimes(1));
    await Promise.resolve();
    expect(window.closed).toBe(false);
    window.close();
    await vi.waitFor(() => expect(window.closed).toBe(true));
    expect(flush).toHaveBeenCalledTimes(2);
  });
});
