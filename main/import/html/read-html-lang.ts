// The root element's lang (or xml:lang) attribute, then the legacy Content-Language pragma. A
// start tag cannot hold an unquoted '>', and quoted values are matched whole, so an attribute
// value holding '>' does not end the tag early.
const HTML_START_TAG = /<html\b((?:[^>"']|"[^"]*"|'[^']*')*)>/iu;
const LANG_ATTRIBUTE = /(?:^|\s)(?:xml:)?lang\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/iu;
const CONTENT_LANGUAGE = /<meta\s(?=[^>]*http-equiv\s*=\s*["']?content-language)[^>]*content\s*=\s*["']?\s*([^"'>\s,;]+)/iu;

/**
 * The language a web page declares for itself, as written: `<html lang>` (or `xml:lang`), else a
 * `<meta http-equiv="Content-Language">`. Undefined when it declares none, or an empty one (which
 * HTML defines as "unknown").
 */
export function readHtmlLang(html: string): string | undefined {
  const root = HTML_START_TAG.exec(html)?.[1];
  const attribute = root === undefined ? undefined : LANG_ATTRIBUTE.exec(root);
  const declared = attribute ? (attribute[1] ?? attribute[2] ?? attribute[3]) : CONTENT_LANGUAGE.exec(html)?.[1];
  const trimmed = declared?.trim();
  return trimmed === '' ? undefined : trimmed;
}
