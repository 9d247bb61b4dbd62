import type { IpcResult } from '../../shared/ipc';
import { isSameOrigin } from './app-origin';

/** What a request from a page outside the app's origin gets back; the handler never runs. */
export const REFUSED_SENDER_RESULT: IpcResult<never> = {
  ok: false,
  error: { code: 'invalid-request', message: "Request refused: it did not come from Factmark's own page." },
};

/**
 * Tells whether a request comes from a page of the app's origin. A missing frame (navigated
 * away or destroyed while the request was in flight) is not trusted.
 */
export function isTrustedSender(frameUrl: string | null | undefined, appOrigin: string): boolean {
  return typeof frameUrl === 'string' && isSameOrigin(frameUrl, appOrigin);
}
