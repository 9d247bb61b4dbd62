/** The part of Electron's `before-quit` event the guard uses. */
export type QuitEventLike = { preventDefault(): void };

/**
 * Returns a `before-quit` listener that holds the first quit until `close()` has settled
 * (pending store writes flushed, lock released), then calls `quit()` again and lets that one
 * through. Quits requested while closing are absorbed. A failing `close()` is reported and the
 * app still quits: the analyst asked to leave, and the store's own recovery handles the rest.
 */
export function holdQuitUntilClosed(
  close: () => Promise<void>,
  quit: () => void,
  onCloseError: (error: unknown) => void,
): (event: QuitEventLike) => void {
  let state: 'running' | 'closing' | 'closed' = 'running';
  return (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    void close()
      .catch(onCloseError)
      .finally(() => {
        state = 'closed';
        quit();
      });
  };
}
