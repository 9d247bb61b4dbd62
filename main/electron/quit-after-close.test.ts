import { describe, expect, it, vi } from 'vitest';
import { holdQuitUntilClosed } from './quit-after-close';

function deferred() {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const quitEvent = () => ({ preventDefault: vi.fn() });

describe('holdQuitUntilClosed', () => {
  it('holds the quit until pending writes are closed, then quits', async () => {
    const closing = deferred();
    const quit = vi.fn();
    const onBeforeQuit = holdQuitUntilClosed(() => closing.promise, quit, vi.fn());

    const first = quitEvent();
    onBeforeQuit(first);
    expect(first.preventDefault).toHaveBeenCalled();
    await Promise.resolve();
    expect(quit).not.toHaveBeenCalled();

    closing.resolve();
    await vi.waitFor(() => expect(quit).toHaveBeenCalledOnce());
    const second = quitEvent();
    onBeforeQuit(second);
    expect(second.preventDefault).not.toHaveBeenCalled();
  });

  it('closes once when quit is requested again while closing', async () => {
    const closing = deferred();
    const close = vi.fn(() => closing.promise);
    const quit = vi.fn();
    const onBeforeQuit = holdQuitUntilClosed(close, quit, vi.fn());

    onBeforeQuit(quitEvent());
    const repeated = quitEvent();
    onBeforeQuit(repeated);
    expect(repeated.preventDefault).toHaveBeenCalled();
    closing.resolve();
    await vi.waitFor(() => expect(quit).toHaveBeenCalledOnce());
    expect(close).toHaveBeenCalledOnce();
  });

  it('reports a failed close and still quits', async () => {
    const failure = new Error('disk full');
    const onCloseError = vi.fn();
    const quit = vi.fn();
    holdQuitUntilClosed(() => Promise.reject(failure), quit, onCloseError)(quitEvent());
    await vi.waitFor(() => expect(quit).toHaveBeenCalledOnce());
    expect(onCloseError).toHaveBeenCalledWith(failure);
  });
});
