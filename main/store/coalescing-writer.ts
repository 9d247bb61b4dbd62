/**
 * Serialises calls to `flush` and merges requests that arrive while one is running: they all
 * wait for a single further flush, which starts after the running one ends. `flush` is expected
 * to write the latest state, so every request resolves only after a flush that began after it
 * was made, i.e. once its state is durable. A failed flush rejects exactly the requests it served.
 */
export interface CoalescingWriter {
  /** Asks for a flush; resolves when a flush started after this call has finished. */
  request(): Promise<void>;
  /** Resolves when no flush is running or queued; never rejects. */
  idle(): Promise<void>;
}

/** Creates a writer around `flush` (see CoalescingWriter). */
export function createCoalescingWriter(flush: () => Promise<void>): CoalescingWriter {
  let running: Promise<void> | undefined;
  let queued: Promise<void> | undefined;

  function start(): Promise<void> {
    const current = flush().finally(() => {
      if (running === current) running = undefined;
    });
    running = current;
    return current;
  }

  return {
    request() {
      if (queued) return queued;
      if (!running) return start();
      const next = running
        .catch(() => {})
        .then(() => {
          queued = undefined;
          return start();
        });
      queued = next;
      return next;
    },
    async idle() {
      while (running || queued) await (queued ?? running)?.catch(() => {});
    },
  };
}
