import { hostileScript, hostileUrl } from './hostile-action';

/** One way of spelling a URL that must never become a link: a name and the raw attribute text. */
export interface UrlVariant {
  name: string;
  /** The URL as it appears in HTML (entities and control characters included), for a marker. */
  html: (marker: string) => string;
}

const js = hostileScript;

/**
 * javascript:, vbscript:, data: and file: URLs as attackers write them in HTML attributes: mixed
 * case, entity-encoded characters, tabs and newlines inside the scheme, leading spaces and
 * control characters, encoded colons, comment tricks and a polyglot. Each one, as a browser
 * parses it, either runs script, loads a document or reads a local file.
 */
export const HTML_URL_VARIANTS: readonly UrlVariant[] = [
  { name: 'javascript', html: (m) => `javascript:${js(m)}` },
  { name: 'mixed-case', html: (m) => `JaVaScRiPt:${js(m)}` },
  { name: 'tab-in-scheme', html: (m) => `java\tscript:${js(m)}` },
  { name: 'newline-in-scheme', html: (m) => `java\nscript:${js(m)}` },
  { name: 'entity-tab', html: (m) => `java&#x09;script:${js(m)}` },
  { name: 'entity-newline', html: (m) => `java&#10;script:${js(m)}` },
  { name: 'named-tab', html: (m) => `jav&Tab;ascript:${js(m)}` },
  { name: 'entity-first-letter', html: (m) => `&#x6A;avascript:${js(m)}` },
  { name: 'entity-every-letter', html: (m) => `${[...'javascript:'].map((c) => `&#${c.charCodeAt(0)};`).join('')}${js(m)}` },
  { name: 'zero-padded-entities', html: (m) => `&#0000106&#0000097vascript:${js(m)}` },
  { name: 'named-colon', html: (m) => `javascript&colon;${js(m)}` },
  { name: 'leading-spaces', html: (m) => `   javascript:${js(m)}` },
  { name: 'leading-entity-space', html: (m) => `&#x20;javascript:${js(m)}` },
  { name: 'leading-control', html: (m) => `\u0001\u0010javascript:${js(m)}` },
  { name: 'comment-newline', html: (m) => `javascript://%0a${js(m)}` },
  {
    name: 'polyglot',
    html: (m) => `javascript:/*--></title></style></textarea></script></xmp><svg/onload='+/"/+/onmouseover=1/+/[*/[]/+${js(m)}//'>`,
  },
  { name: 'vbscript', html: (m) => `vbscript:msgbox('${hostileUrl(m)}')` },
  { name: 'vbscript-mixed-case', html: (m) => `VbScRiPt:msgbox('${hostileUrl(m)}')` },
  { name: 'data-html', html: (m) => `data:text/html,<script>${js(m)}</script>` },
  { name: 'data-html-base64', html: (m) => `data:text/html;base64,${btoa(`<script>${js(m)}</script>`)}` },
  { name: 'data-upper-case', html: (m) => `DATA:text/html,<script>${js(m)}</script>` },
  {
    name: 'data-svg',
    html: (m) => `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" onload="${js(m)}"/>`)}`,
  },
  { name: 'file', html: (m) => `file:///etc/passwd?${m}` },
  { name: 'blob', html: (m) => `blob:${hostileUrl(m)}` },
];
