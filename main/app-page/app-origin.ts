import type { IpcResult } from '../../shared/ipc';

/** URL scheme the Electron window loads its pages from; registered as standard and secure. */
export const APP_SCHEME = 'app';

/** Origin of every page Factmark's Electron window may show, and of every trusted IPC sender. */
export const APP_ORIGIN = `${APP_SCHEME}://factmark`;

/** First page the window opens. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Tells whether `url` belongs to `origin` (scheme, host and port all equal). Unparseable URLs,
 * and URLs whose origin the URL parser cannot express, are foreign.
 */
export function isSameOrigin(url: string, origin: string): boolean {
  const parsed = parseUrl(url);
  const expected = parseUrl(origin);
  if (!parsed || !expected) return false;
  return parsed.protocol === expected.protocol && parsed.host === expected.host && parsed.host !== '';
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

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
