import { FLUSH_BEFORE_QUIT_GLOBAL } from '../../shared/ipc/flush-before-quit';

/** The part of Electron's `WebContents` a flush uses, so tests can pass a fake page. */
export type PageLike = { isDestroyed(): boolean; executeJavaScript(code: string): Promise<unknown> };

/**
 * How asking a page to save went: `saved` (nothing left unsaved), `not-saved` (a save failed;
 * the page shows why), `no-page` (destroyed, crashed, or not loaded far enough to hold changes)
 * or `timed-out` (the page did not answer in time; quitting goes on rather than hang).
 */
export type FlushOutcome = 'saved' | 'not-saved' | 'no-page' | 'timed-out';

/** How long quitting waits for a page to save its last changes. */
export const FLUSH_TIMEOUT_MS = 5000;

// Runs in the page's own world; a page that has not installed the hook yet has nothing to save.
const FLUSH_CALL = `typeof globalThis.${FLUSH_BEFORE_QUIT_GLOBAL} === 'function' ? globalThis.${FLUSH_BEFORE_QUIT_GLOBAL}() : null`;

/**
 * Asks the page to save every pending change now, skipping its autosave's quiet time, and
 * waits for the answer, at most `timeoutMs`. Never rejects: quitting must go on whatever the page does.
 */
export async function flushPage(page: PageLike, timeoutMs: number = FLUSH_TIMEOUT_MS): Promise<FlushOutcome> {
  if (page.isDestroyed()) return 'no-page';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<FlushOutcome>((resolve) => {
    timer = setTimeout(() => resolve('timed-out'), timeoutMs);
  });
  const answer = page.executeJavaScript(FLUSH_CALL).then(
    (saved): FlushOutcome => (saved === null ? 'no-page' : saved === true ? 'saved' : 'not-saved'),
    (): FlushOutcome => 'no-page',
  );
  try {
    return await Promise.race([answer, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
