/** Electron's `render-process-gone` details, as far as the reload reads them. */
export type GoneDetails = { reason: string; exitCode?: number };

/** The part of a `BrowserWindow` the reload uses. */
export type CrashableWindowLike = {
  isDestroyed(): boolean;
  loadURL(url: string): Promise<unknown>;
  webContents: { on(event: 'render-process-gone', listener: (event: unknown, details: GoneDetails) => void): unknown };
};

/** A page that crashes this often within a minute is left alone rather than reloaded in a loop. */
export const MAX_RELOADS_PER_MINUTE = 3;

/**
 * Reloads `url` in `window` when its page's process dies (crash, out of memory, killed), so the
 * analyst gets the app back; the store lives in main, so every change the page had saved is
 * still there. A clean exit is left alone. After MAX_RELOADS_PER_MINUTE reloads within a minute
 * it stops and calls `onGiveUp` instead. `now` is injectable for tests.
 */
export function reloadAfterCrash(
  window: CrashableWindowLike,
  url: string,
  log: (message: string) => void,
  onGiveUp: (details: GoneDetails) => void,
  now: () => number = Date.now,
): void {
  const reloads: number[] = [];
  window.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit' || window.isDestroyed()) return;
    const recent = reloads.filter((at) => now() - at < 60_000);
    if (recent.length >= MAX_RELOADS_PER_MINUTE) {
      log(`The page's process ended again (${details.reason}); not reloading it.`);
      onGiveUp(details);
      return;
    }
    reloads.splice(0, reloads.length, ...recent, now());
    log(`The page's process ended (${details.reason}, exit code ${details.exitCode ?? 'unknown'}); reloading it.`);
    window.loadURL(url).catch((error: unknown) => log(`Reloading ${url} failed: ${String(error)}`));
  });
}
