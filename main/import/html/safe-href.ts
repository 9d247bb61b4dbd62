// The only schemes a link may keep. Everything else (javascript:, data:, vbscript:, file:, blob:,
// custom app schemes) loses its link and keeps its text.
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * The link target to keep for an `href` attribute value, or undefined when the link must go.
 * The value is parsed the way a browser would parse it (WHATWG URL: leading and trailing
 * control characters and spaces stripped, tabs and newlines removed anywhere, scheme case
 * folded), so "JaVa&#x09;Script:" and friends are judged by what a browser would run. A relative
 * value resolves against `baseUrl` when one is given (only an http or https base counts), and
 * is dropped otherwise; a link to a fragment of the page itself is dropped too. A mailto link
 * keeps only its addresses, and only when each looks like an address: its query is dropped,
 * because some mail clients act on parameters such as `attach=` when the system opens the link.
 * Returns the URL's serialised form, which always starts with the lower-case scheme.
 */
export function safeHref(raw: string, baseUrl?: string): string | undefined {
  const base = baseUrl !== undefined && isWebUrl(baseUrl) ? baseUrl : undefined;
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return undefined;
  }
  if (!SAFE_PROTOCOLS.has(url.protocol)) return undefined;
  if (url.protocol === 'mailto:') return safeMailto(url);
  if (base !== undefined && url.hash !== '' && withoutHash(url) === withoutHash(new URL(base))) return undefined;
  return url.href;
}

/** True when the value is an absolute http or https URL. */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

// One or more comma-separated addresses, each local@domain with no spaces or further '@'.
const MAILTO_ADDRESSES = /^[^\s@,?]+@[^\s@,?]+(?:,[^\s@,?]+@[^\s@,?]+)*$/u;

function safeMailto(url: URL): string | undefined {
  return MAILTO_ADDRESSES.test(url.pathname) ? `mailto:${url.pathname}` : undefined;
}

function withoutHash(url: URL): string {
  return url.href.slice(0, url.href.length - url.hash.length);
}
