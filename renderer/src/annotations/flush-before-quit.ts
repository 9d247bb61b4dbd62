import { FLUSH_BEFORE_QUIT_GLOBAL } from '../../../shared/ipc/flush-before-quit';

/** Something holding unsaved changes that can save them now; `Autosave` is one. */
export type Flushable = { flush(): Promise<boolean> };

const live = new Set<Flushable>();

/** Counts `flushable` among what a quit waits for, until the returned function is called. */
export function trackUntilQuit(flushable: Flushable): () => void {
  live.add(flushable);
  return () => live.delete(flushable);
}

/** Saves every tracked flushable's changes; true once all of them have nothing left unsaved. */
export async function flushAllBeforeQuit(): Promise<boolean> {
  const results = await Promise.all([...live].map((flushable) => flushable.flush()));
  return results.every(Boolean);
}

/** Lets main ask the page to save before it closes the store (see FLUSH_BEFORE_QUIT_GLOBAL). */
export function installFlushBeforeQuit(target: object = globalThis): void {
  Object.defineProperty(target, FLUSH_BEFORE_QUIT_GLOBAL, { value: flushAllBeforeQuit, configurable: true });
}
