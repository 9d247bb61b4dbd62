/** The part of Electron's `BrowserWindow` the guard uses. */
export type ClosableWindowLike = {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  close(): void;
};

/**
 * Makes closing `window` (its close button, Cmd+W, Alt+F4) wait until `flush()` has saved the
 * page's pending changes, then closes it for real — unless `flush()` resolves to `false` (the
 * analyst chose to stay rather than lose changes the store refused), which leaves it open. While
 * the app is already shutting down (`isShuttingDown()`: the quit sequence flushed every page
 * itself) the window closes at once, since holding it would cancel the quit. A failing flush is
 * reported and the window still closes.
 */
export function holdCloseUntilFlushed(
  window: ClosableWindowLike,
  flush: () => Promise<unknown>,
  isShuttingDown: () => boolean,
  onFlushError: (error: unknown) => void,
): void {
  let state: 'open' | 'flushing' | 'flushed' = 'open';
  window.on('close', (event) => {
    if (state === 'flushed' || isShuttingDown()) return;
    event.preventDefault();
    if (state === 'flushing') return;
    state = 'flushing';
    void flush()
      .catch(onFlushError)
      .then((leave) => {
        if (leave === false) {
          state = 'open';
          return;
        }
        state = 'flushed';
        window.close();
      });
  });
}
