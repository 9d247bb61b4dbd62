/** Query parameters that track a reader rather than name an article; dropped before comparing. */
const TRACKING_PARAMETER =
  /^(utm_[a-z]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ocid|cmpid|ref|ref_src|share|smid|at_medium|at_campaign)$/i;

/**
 * The form of an article's URL used to tell whether two imports are the same article: scheme
 * (http and https alike), lower-cased host without `www.`, default port, path without a
 * trailing slash or `index.html`, query without tracking parameters and sorted, no fragment.
 * Null for anything but an absolute http(s) URL. Pure string work: shared code has no `URL`.
 */
export function normaliseArticleUrl(url: string): string | null {
  const match = /^\s*https?:\/\/([^/?#\s]+)([^?#\s]*)(\?[^#\s]*)?(#\S*)?\s*$/i.exec(url);
  if (!match) return null;
  const host = hostOf(match[1]!);
  if (!host) return null;
  const path = (match[2] ?? '').replace(/\/index\.html?$/i, '/').replace(/\/+$/, '');
  const query = (match[3] ?? '')
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '' && !TRACKING_PARAMETER.test(pair.split('=')[0] ?? ''))
    .sort();
  return `${host}${path}${query.length > 0 ? `?${query.join('&')}` : ''}`;
}

/** The host of an authority (`user@host:port`), lower-cased, without `www.` or a default port. */
function hostOf(authority: string): string | null {
  const hostPort = authority.slice(authority.lastIndexOf('@') + 1).toLowerCase();
  const host = hostPort.replace(/:(80|443)?$/, '').replace(/^www\./, '');
  return /^[a-z0-9.-]+(:\d+)?$/.test(host) && host.includes('.') ? host : null;
}
