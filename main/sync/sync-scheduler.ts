/** When syncs run in the app. */
export interface SyncTiming {
  /** Quiet time after the last save before a sync; about 10 s. */
  afterSavesMs: number;
  /** A sync at least this often while the app runs; 60 s. */
  everyMs: number;
}

/** The app's default timing. */
export const APP_SYNC_TIMING: SyncTiming = { afterSavesMs: 10_000, everyMs: 60_000 };

/** Timers, injected so tests drive time. */
export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Decides when to sync; the sync itself is `run`. */
export interface SyncScheduler {
  /** A file was written: (re)arms the quiet-time timer. Cheap: the save path only calls this. */
  saved(): void;
  /** The window gained focus: syncs soon. */
  focused(): void;
  /** "Sync now": resolves once a sync that started after this call has ended. */
  now(): Promise<void>;
  /** Stops every timer and waits for a running sync. */
  close(): Promise<void>;
}

/**
 * Runs `run` after saves (once `afterSavesMs` pass without another), on window focus, every
 * `everyMs`, and on demand; never two at once: a request while one runs starts one more right
 * after it, however many requests came. `run` must not reject (it reports through its own
 * state). Nothing here waits on the network for the caller of `saved` or `focused`.
 */
export function createSyncScheduler(
  run: () => Promise<void>,
  timing: SyncTiming = APP_SYNC_TIMING,
  timers: Timers = globalThis,
): SyncScheduler {
  let quiet: unknown;
  let periodic: unknown;
  let running: Promise<void> | undefined;
  let again: Promise<void> | undefined;
  let closed = false;

  function armPeriodic(): void {
    if (periodic !== undefined) timers.clearTimeout(periodic);
    periodic = closed ? undefined : timers.setTimeout(() => void request(), timing.everyMs);
    // The minute's sync never keeps a process alive that has nothing else to do (a command, a test).
    (periodic as { unref?: () => void } | undefined)?.unref?.();
  }

  /** Starts a sync, or queues one after the running one; resolves when the sync covering this request has ended. */
  function request(): Promise<void> {
    if (closed) return Promise.resolve();
    if (running) {
      again ??= running.then(() => {
        again = undefined;
        return start();
      });
      return again;
    }
    return start();
  }

  function start(): Promise<void> {
    armPeriodic();
    running = run().finally(() => {
      running = undefined;
    });
    return running;
  }

  armPeriodic();
  return {
    saved() {
      if (quiet !== undefined) timers.clearTimeout(quiet);
      quiet = closed
        ? undefined
        : timers.setTimeout(() => {
            quiet = undefined;
            void request();
          }, timing.afterSavesMs);
    },
    focused: () => void request(),
    now: () => request(),
    async close() {
      closed = true;
      if (quiet !== undefined) timers.clearTimeout(quiet);
      if (periodic !== undefined) timers.clearTimeout(periodic);
      await again;
      await running;
    },
  };
}
