import { parse } from 'parse5';

/**
 * How deeply the HTML nests once parsed: the number of nodes on the longest path below the
 * document (html and body count, and so does a text node at the end).
 * Uses parse5 with its plain-object tree, which stays fast at any depth, whereas building a jsdom
 * DOM costs time proportional to depth for every node (a 1,000-deep page took 0.5 s, 50,000 deep
 * over a minute before overflowing the stack) and Readability is slower still (22 s at 1,000).
 */
export function measureNestingDepth(html: string): number {
  const stack: Array<{ node: object; depth: number }> = [{ node: parse(html), depth: 0 }];
  let deepest = 0;
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    deepest = Math.max(deepest, entry.depth);
    for (const child of childNodesOf(entry.node)) stack.push({ node: child, depth: entry.depth + 1 });
  }
  return deepest;
}

// A template's children live in its `content` fragment; jsdom builds those too, so they count.
function childNodesOf(node: object): readonly object[] {
  const children = 'childNodes' in node && Array.isArray(node.childNodes) ? (node.childNodes as object[]) : [];
  const content = 'content' in node && typeof node.content === 'object' && node.content !== null ? [node.content] : [];
  return [...children, ...content];
}
