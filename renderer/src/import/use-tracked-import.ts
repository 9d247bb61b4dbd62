import { useCallback, useRef, useState } from 'react';
import type { ImportProgress } from '../../../shared/ipc/contract';
import type { Client } from '../ipc/client';

/** An import the analyst is waiting for: what it is, how far it has got, and whether to show that yet. */
export interface TrackedImport {
  importId: string;
  label: string;
  progress: ImportProgress | null;
  /** True once the import has taken longer than SHOW_PROGRESS_AFTER_MS. */
  slow: boolean;
}

/** Imports quicker than this show only the one-line status; slower ones show progress and Cancel. */
export const SHOW_PROGRESS_AFTER_MS = 500;
const POLL_MS = 250;

let counter = 0;
function newImportId(): string {
  counter += 1;
  return `import-${Date.now().toString(36)}-${counter}-${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * Runs imports the analyst can follow and cancel: each gets an id that main knows it by; after
 * SHOW_PROGRESS_AFTER_MS its progress is polled from main (`import:progress`) until it ends.
 * `run` resolves to the import's answer, or to null when the analyst cancelled it (main then
 * stored nothing); it rejects with the import's error otherwise. `cancel` asks main to stop the
 * import in progress.
 */
export function useTrackedImport(client: Client): {
  current: TrackedImport | null;
  run: <T>(label: string, start: (importId: string) => Promise<T>) => Promise<T | null>;
  cancel: () => void;
} {
  const [current, setCurrent] = useState<TrackedImport | null>(null);
  const cancelled = useRef(new Set<string>());
  const latest = useRef<TrackedImport | null>(null);

  const update = useCallback((importId: string, change: (tracked: TrackedImport) => TrackedImport) => {
    setCurrent((tracked) => {
      const next = tracked?.importId === importId ? change(tracked) : tracked;
      latest.current = next;
      return next;
    });
  }, []);

  const run = useCallback(
    async <T>(label: string, start: (importId: string) => Promise<T>): Promise<T | null> => {
      const importId = newImportId();
      const tracked = { importId, label, progress: null, slow: false };
      latest.current = tracked;
      setCurrent(tracked);
      let poll: ReturnType<typeof setInterval> | undefined;
      const reveal = setTimeout(() => {
        update(importId, (t) => ({ ...t, slow: true }));
        poll = setInterval(() => {
          client['import:progress']({ importId }).then(
            (progress) => progress && update(importId, (t) => ({ ...t, progress })),
            () => {},
          );
        }, POLL_MS);
      }, SHOW_PROGRESS_AFTER_MS);
      try {
        return await start(importId);
      } catch (error) {
        if (cancelled.current.has(importId)) return null;
        throw error;
      } finally {
        clearTimeout(reveal);
        clearInterval(poll);
        cancelled.current.delete(importId);
        setCurrent((t) => (t?.importId === importId ? null : t));
      }
    },
    [client, update],
  );

  const cancel = useCallback(() => {
    const tracked = latest.current;
    if (!tracked) return;
    cancelled.current.add(tracked.importId);
    update(tracked.importId, (t) => ({
      ...t,
      progress: { done: t.progress?.done ?? 0, total: t.progress?.total ?? 0, stage: 'Cancelling…' },
    }));
    void client['import:cancel']({ importId: tracked.importId }).catch(() => {});
  }, [client, update]);

  return { current, run, cancel };
}
