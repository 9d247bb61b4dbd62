/// <reference lib="dom" />
// The DOM library describes the documents this module returns (jsdom's types used to bring it in for every zone importing the importer).
import { DOMParser } from 'linkedom';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Parse5Node = DefaultTreeAdapterMap['childNode'];
/** HTML parsed by parse5 into its plain-object tree, before any DOM is built from it. */
export type ParsedHtml = DefaultTreeAdapterMap['document'];
type Parse5Parent = DefaultTreeAdapterMap['parentNode'];

const SKELETON = '<!doctype html><html><head></head><body></body></html>';
const parser = new DOMParser();

/**
 * Parses untrusted HTML (a whole page or a fragment) into a server-side DOM in which nothing
 * runs and nothing is fetched: `buildDocument(parseHtmlTree(html))`.
 */
export function parseHtml(html: string): Document {
  return buildDocument(parseHtmlTree(html));
}

/**
 * Parses untrusted HTML by the HTML standard with parse5, as a browser's DOMParser would
 * (scripting disabled, so `<noscript>` holds elements), into parse5's plain-object tree: cheap to
 * measure at any size and depth before a DOM is built from it.
 */
export function parseHtmlTree(html: string): ParsedHtml {
  return parse(html, { scriptingEnabled: false });
}

/**
 * Builds the DOM of a parse5 tree in linkedom, a DOM with no script engine and no resource
 * loading at all, about three times faster than jsdom for the same tree (see README). The
 * document has no window (`defaultView` is null), so no handler can run and
 * `<meta http-equiv="refresh">` cannot navigate. Attributes a DOM would refuse by name are dropped.
 */
export function buildDocument(parsed: ParsedHtml): Document {
  const document = parser.parseFromString(SKELETON, 'text/html') as unknown as Document;
  Object.defineProperty(document, 'defaultView', { value: null });
  const htmlElement = parsed.childNodes.find((n) => n.nodeName === 'html') as DefaultTreeAdapterMap['element'] | undefined;
  if (htmlElement === undefined) return document;
  copyAttributes(htmlElement, document.documentElement);
  for (const child of htmlElement.childNodes) {
    if (child.nodeName === 'head' || child.nodeName === 'body') {
      const target = child.nodeName === 'head' ? document.head : document.body;
      copyAttributes(child, target);
      appendChildren(document, target, child);
    } else {
      const built = build(document, child);
      if (built) document.documentElement.appendChild(built);
    }
  }
  return document;
}

function appendChildren(document: Document, target: Node, source: Parse5Parent): void {
  for (const child of source.childNodes) {
    const built = build(document, child);
    if (built) target.appendChild(built);
  }
}

function build(document: Document, node: Parse5Node): Node | undefined {
  switch (node.nodeName) {
    case '#text':
      return document.createTextNode((node as DefaultTreeAdapterMap['textNode']).value);
    case '#comment':
      return document.createComment((node as DefaultTreeAdapterMap['commentNode']).data);
    case '#documentType':
      return undefined;
    default: {
      const element = node as DefaultTreeAdapterMap['element'];
      const built = document.createElementNS(element.namespaceURI, element.tagName);
      copyAttributes(element, built);
      // A template's content is no child of it in a browser either: it is left out, unread.
      if (element.tagName !== 'template') appendChildren(document, built, element);
      return built;
    }
  }
}

function copyAttributes(source: DefaultTreeAdapterMap['element'], target: Element): void {
  for (const { name, value } of source.attrs) {
    try {
      target.setAttribute(name, value);
    } catch {
      // A name no DOM accepts (`"`, `<`); a browser's parser would have kept it, but nothing reads it.
    }
  }
}
