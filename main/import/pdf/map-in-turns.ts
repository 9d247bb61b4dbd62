import { setImmediate as nextTurn } from 'node:timers/promises';

// Long enough that yielding costs nothing measurable, short enough that a progress message or a
// cancel waits no longer than a frame for the event loop.
const TURN_MS = 16;

/**
 * `items.map(fn)`, giving the event loop a turn whenever `fn` has run for `turnMs` since the last
 * one, so assembling a long PDF never holds the import worker's thread in one piece. Resolves to
 * the results in order; rejects with the first error `fn` throws.
 */
export async function mapInTurns<T, R>(items: readonly T[], fn: (item: T) => R, turnMs = TURN_MS): Promise<R[]> {
  const results: R[] = [];
  let turnStart = performance.now();
  for (const item of items) {
    results.push(fn(item));
    if (performance.now() - turnStart >= turnMs) {
      await nextTurn();
      turnStart = performance.now();
    }
  }
  return results;
}
