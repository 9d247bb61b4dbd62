import { APP_READY_SELECTOR } from '../../shared/ipc/app-ready';

/** What a smoke run needs of Electron; injected so it can be tested without Electron. */
export type SmokeRunDeps = {
  /** Runs a script in the window's page and returns its result. */
  evaluate(script: string): Promise<unknown>;
  /** Milliseconds since `npm start` began (or since this process did). */
  elapsedMs(): number;
  print(line: string): void;
  printError(line: string): void;
  /** Quits through the usual sequence (the store closes), with this exit code. */
  quit(code: number): void;
  wait(ms: number): Promise<void>;
};

/**
 * `--smoke`: waits until the window's library is interactive (`APP_READY_SELECTOR` on screen),
 * prints `ready in N ms` and quits with 0; after `timeoutMs` says what it waited for and quits
 * with 1. The page is polled rather than asked to call back, so a page that never loads its
 * script still ends the run.
 */
export async function runSmoke(deps: SmokeRunDeps, timeoutMs = 60_000, pollMs = 50): Promise<void> {
  const probe = `Boolean(document.querySelector(${JSON.stringify(APP_READY_SELECTOR)}))`;
  const deadline = deps.elapsedMs() + timeoutMs;
  while (deps.elapsedMs() < deadline) {
    if ((await deps.evaluate(probe).catch(() => false)) === true) {
      deps.print(`ready in ${Math.round(deps.elapsedMs())} ms`);
      deps.quit(0);
      return;
    }
    await deps.wait(pollMs);
  }
  deps.printError(`Factmark could not start: the library did not become interactive within ${timeoutMs / 1000} s`);
  deps.quit(1);
}

/** Milliseconds since `npm start` began, when it passed its start time, else since this process began. */
export function elapsedSinceStart(env: NodeJS.ProcessEnv, now: number, processUptimeMs: number): number {
  const startedAt = Number(env.FACTMARK_START_TIME);
  return Number.isFinite(startedAt) && startedAt > 0 && startedAt <= now ? now - startedAt : processUptimeMs;
}
