import { parse } from 'parse5';

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
 * Measures HTML once parsed, with parse5's plain-object tree, which stays fast at any size and
 * depth. Building a jsdom DOM costs time proportional to depth for every node (a 1,000-deep page
 * took 0.5 s, 50,000 deep over a minute before overflowing the stack), and Readability slows down
 * with depth and with the number of children of one element (jsdom rebuilds child lists as
 * Readability edits them), so the importer checks these first.
 */
export function measureHtmlShape(html: string): HtmlShape {
  const stack: Array<{ node: object; depth: number }> = [{ node: parse(html), depth: 0 }];
  const shape: HtmlShape = { depth: 0, elements: 0, widest: 0 };
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const children = childNodesOf(entry.node);
    shape.depth = Math.max(shape.depth, entry.depth);
    shape.widest = Math.max(shape.widest, children.length);
    if ('tagName' in entry.node) shape.elements += 1;
    for (const child of children) stack.push({ node: child, depth: entry.depth + 1 });
  }
  return shape;
}

// A template's children live in its `content` fragment; jsdom builds those too, so they count.
function childNodesOf(node: object): readonly object[] {
  const children = 'childNodes' in node && Array.isArray(node.childNodes) ? (node.childNodes as object[]) : [];
  const content = 'content' in node && typeof node.content === 'object' && node.content !== null ? [node.content] : [];
  return [...children, ...content];
}
