import type { BlockType } from '../../../shared/model/article';

/**
 * Elements that carry no article prose: dropped together with everything inside them. Scripts,
 * styles, embedded documents and objects, media, form controls, the head's machinery, and site
 * navigation (which Readability leaves out anyway; this matters when a page is read whole).
 */
export const DROPPED_ELEMENTS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'object', 'embed', 'applet', 'iframe', 'frame', 'frameset',
  'noframes', 'canvas', 'audio', 'video', 'source', 'track', 'map', 'area', 'input', 'button', 'select',
  'option', 'optgroup', 'datalist', 'textarea', 'output', 'progress', 'meter', 'keygen', 'dialog', 'head', 'title',
  'meta', 'link', 'base', 'param', 'portal', 'slot', 'xmp', 'plaintext', 'noembed', 'rp', 'rt', 'search', 'nav',
]);

/** Elements whose content runs on inside the surrounding block (emphasis keeps only its text). */
export const INLINE_ELEMENTS: ReadonlySet<string> = new Set([
  'a', 'abbr', 'acronym', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins',
  'kbd', 'label', 'mark', 'nobr', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt',
  'u', 'var', 'ruby', 'rb', 'rtc', 'wbr', 'picture', 'img', 'br',
]);

/** Elements that start a block of their own type; their paragraphs take that type too. */
export const TYPED_CONTAINERS: ReadonlyMap<string, BlockType> = new Map<string, BlockType>([
  ['blockquote', 'blockquote'],
  ['li', 'list-item'],
  ['dt', 'list-item'],
  ['dd', 'list-item'],
  ['figcaption', 'caption'],
  ['caption', 'caption'],
]);

/** Headings: always a heading block, wherever they stand. */
export const HEADING_ELEMENTS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Table cells: their text joins the row's block with a space between cells, as a copied row reads. */
export const CELL_ELEMENTS: ReadonlySet<string> = new Set(['td', 'th']);
