import type { Creator } from '../../shared/model/annotation';
import type { Store } from '../store';

/** How often the watch checks, while the app runs: hourly. */
export const WATCH_EVERY_MS = 60 * 60 * 1000;

/** The timer the watch runs on; tests pass their own so nothing waits. */
export interface WatchTimer {
  every(ms: number, run: () => void): () => void;
}

const realTimer: WatchTimer = {
  every: (ms, run) => {
    const handle = setInterval(run, ms);
    handle.unref();
    return () => clearInterval(handle);
  },
};

/** What the scheduled watch needs: the library, the analyst, whether the setting is on, and "Check for Changes" itself. */
export interface ScheduledWatchDeps {
  store: Pick<Store, 'listArticles' | 'getLayer'>;
  analyst: () => Creator;
  isOn: () => boolean;
  /** `document:checkForChanges` on one article (see `checkArticle`). */
  check: (documentId: string) => Promise<{ changed: boolean }>;
  /** Hears each check that could not be made (offline, 404…); the watch goes on with the next. */
  onProblem?: (documentId: string, error: unknown) => void;
}

/**
 * One round of the watch: with the setting on, every library article with a web address that the
 * analyst has annotated is checked in turn (`check`: a changed text becomes a version).
 * Resolves with the ids of the articles given a new version; a failed check changes nothing.
 */
export async function watchRound(deps: ScheduledWatchDeps): Promise<string[]> {
  if (!deps.isOn()) return [];
  const me = deps.analyst();
  const changed: string[] = [];
  for (const { id, url } of deps.store.listArticles()) {
    if (!/^https?:\/\//iu.test(url ?? '') || (await deps.store.getLayer(id, me)).length === 0) continue;
    try {
      if ((await deps.check(id)).changed) changed.push(id);
    } catch (error) {
      deps.onProblem?.(id, error);
    }
  }
  return changed;
}

/**
 * Runs `watchRound` every `everyMs` on `timer`, one round at a time, until the returned stop is
 * called; stop resolves once a round under way has finished, so the store can close after it.
 */
export function startArticleWatch(deps: ScheduledWatchDeps, timer: WatchTimer = realTimer, everyMs = WATCH_EVERY_MS): () => Promise<void> {
  let running: Promise<unknown> | null = null;
  const cancel = timer.every(everyMs, () => {
    running ??= watchRound(deps).finally(() => (running = null));
  });
  return async () => {
    cancel();
    await running;
  };
}
