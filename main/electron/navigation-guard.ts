import { isSameOrigin } from '../app-page/app-origin';

/** What to do with a navigation or a new window the page asked for. */
export type NavigationDecision = {
  /** Whether the window itself may go to the URL. */
  allow: boolean;
  /** Whether to hand the URL to the system browser instead. */
  openExternally: boolean;
};

/**
 * Decides a navigation of the app window: only pages of the app's own origin may load in it
 * (a reload, say). Anything else is refused; web links (http/https only, never file:, custom
 * schemes or javascript:) go to the system browser, since an analyst clicking a source link in
 * an article expects it to open somewhere.
 */
export function decideNavigation(url: string, appOrigin: string): NavigationDecision {
  if (isSameOrigin(url, appOrigin)) return { allow: true, openExternally: false };
  return { allow: false, openExternally: isWebUrl(url) };
}

/**
 * Decides a `window.open` or `target=_blank` request: the app never opens a second window of its
 * own, so it is always refused; web links go to the system browser.
 */
export function decideWindowOpen(url: string): NavigationDecision {
  return { allow: false, openExternally: isWebUrl(url) };
}

/**
 * Tells whether a request from the page may proceed: only the app's own origin, and `data:` and
 * same-origin `blob:` URLs, which never touch the network. Everything else is a leak of what
 * the analyst reads (tracking pixels in imported articles) and is cancelled.
 */
export function isAppRequest(url: string, appOrigin: string): boolean {
  if (url.startsWith('data:')) return true;
  if (url.startsWith('blob:')) return isSameOrigin(url.slice('blob:'.length), appOrigin);
  return isSameOrigin(url, appOrigin);
}

function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
