/** One measured interaction: what it was and how long until the result was painted, in ms. */
export interface PerfEntry {
  readonly name: string;
  readonly ms: number;
}

/** Read-only view of the timings, exposed as `window.__factmarkPerf` for benchmarks and e2e. */
export interface PerfHook {
  /** Every recorded entry, oldest first (at most the last 500). */
  entries(): readonly PerfEntry[];
  /** The newest entry, or of the given name. */
  last(name?: string): PerfEntry | undefined;
}

const LIMIT = 500;
const entries: PerfEntry[] = [];

/**
 * Records the time from `startedAt` (a `performance.now()` or event timestamp) until the frame
 * after the next one begins, i.e. once the browser has painted what the caller just changed.
 */
export function recordUntilPaint(name: string, startedAt: number): void {
  requestAnimationFrame(() => {
    // A rAF callback runs before that frame paints; a task queued from it runs after.
    setTimeout(() => {
      entries.push(Object.freeze({ name, ms: performance.now() - startedAt }));
      if (entries.length > LIMIT) entries.splice(0, entries.length - LIMIT);
    }, 0);
  });
}

/** Puts the read-only timing hook on `window.__factmarkPerf`; it offers no way to change app state. */
export function installPerfHook(): void {
  const hook: PerfHook = Object.freeze({
    entries: () => entries.slice(),
    last: (name?: string) => (name ? entries.findLast((e) => e.name === name) : entries.at(-1)),
  });
  Object.defineProperty(window, '__factmarkPerf', { value: hook, writable: false, configurable: false });
}
