/**
 * Wraps `task` so that every call after the first gets the first call's promise: the shutdown
 * sequence is reached from several events (before-quit, will-quit, Windows session end) and must
 * flush and close the store once.
 */
export function runOnce(task: () => Promise<void>): { run(): Promise<void>; started(): boolean } {
  let running: Promise<void> | null = null;
  return {
    run: () => (running ??= task()),
    started: () => running !== null,
  };
}
