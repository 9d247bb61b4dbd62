import { parseHtmlTree, type ParsedHtml } from './parse-html';

/** The size and shape of parsed HTML, the figures that decide how it can be read. */
export interface HtmlShape {
  /** Nodes on the longest path below the document (html and body count, and so does a text node at the end). */
  depth: number;
  /** Elements in the whole document. */
  elements: number;
  /** The most child nodes any one node has. */
  widest: number;
}

/**
 * Measures HTML once parsed (pass the tree from `parseHtmlTree` when it is at hand, so the page is
 * parsed once), with parse5's plain-object tree, which stays fast at any size and depth. Building
 * a DOM costs time proportional to depth for every node (in jsdom a 1,000-deep page took 0.5 s,
 * 50,000 deep over a minute before overflowing the stack), and Readability slows down with depth
 * and with the number of children of one element (jsdom rebuilds child lists as Readability
 * edits them), so the importer checks these first.
 */
export function measureHtmlShape(html: string | ParsedHtml): HtmlShape {
  const nodes: object[] = [typeof html === 'string' ? parseHtmlTree(html) : html];
  const depths: number[] = [0];
  const shape: HtmlShape = { depth: 0, elements: 0, widest: 0 };
  for (let node = nodes.pop(); node !== undefined; node = nodes.pop()) {
    const depth = depths.pop()!;
    const children = 'childNodes' in node && Array.isArray(node.childNodes) ? (node.childNodes as object[]) : NO_CHILDREN;
    // A template's children live in its `content` fragment; jsdom builds those too, so they count.
    const content = 'content' in node && typeof node.content === 'object' && node.content !== null ? node.content : undefined;
    if (depth > shape.depth) shape.depth = depth;
    const width = children.length + (content === undefined ? 0 : 1);
    if (width > shape.widest) shape.widest = width;
    if ('tagName' in node) shape.elements += 1;
    for (const child of children) {
      nodes.push(child);
      depths.push(depth + 1);
    }
    if (content !== undefined) {
      nodes.push(content);
      depths.push(depth + 1);
    }
  }
  return shape;
}

const NO_CHILDREN: readonly object[] = [];
