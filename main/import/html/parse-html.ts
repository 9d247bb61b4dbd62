import { JSDOM, type ConstructorOptions } from 'jsdom';

/**
 * jsdom's safe defaults, spelled out so a later edit has to remove them on purpose. Per jsdom's
 * README: without `runScripts`, neither `<script>` elements nor event-handler attributes run;
 * without `resources`, no subresource (script, stylesheet, image, iframe, frame) is ever loaded.
 * `<meta http-equiv="refresh">` does not navigate in jsdom. The URL stays about:blank, so nothing
 * in the page can resolve against a real origin.
 */
const PARSE_OPTIONS = {
  runScripts: undefined,
  resources: undefined,
  pretendToBeVisual: false,
  url: 'about:blank',
} satisfies ConstructorOptions;

/**
 * Parses untrusted HTML (a whole page or a fragment) into a server-side DOM in which nothing
 * runs and nothing is fetched. The caller reads the document and must call `close()` when done.
 */
export function parseHtml(html: string): { document: Document; close: () => void } {
  const dom = new JSDOM(html, PARSE_OPTIONS);
  return { document: dom.window.document, close: () => dom.window.close() };
}
