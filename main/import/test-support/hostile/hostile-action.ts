/** The host every hostile request goes to; `.invalid` never resolves, so nothing can leave by accident. */
export const HOSTILE_HOST = 'hostile.invalid';

/** The URL a payload with id-derived `marker` requests when it manages to act. */
export function hostileUrl(marker: string): string {
  return `https://${HOSTILE_HOST}/${marker}`;
}

/**
 * The script a payload runs when it manages to execute: it reports `marker` to a detector the
 * test page defines (`window.__hostileHit`), or, where there is none, requests its hostile URL,
 * so an e2e test sees either a call or a request. Single quotes only, no spaces, no double quotes,
 * so it fits inside double-quoted and unquoted attributes, URLs and Markdown link targets alike.
 */
export function hostileScript(marker: string): string {
  return `(window.__hostileHit||fetch)('${hostileUrl(marker)}')`;
}

/** A marker unique to a payload id, safe inside URLs and scripts: letters, digits and underscores. */
export function markerFor(id: string): string {
  return `fmx_${id.replace(/[^A-Za-z0-9]+/gu, '_')}`;
}
