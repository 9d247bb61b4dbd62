import type { BlockType } from '../../../shared/model/article';
import { BlockBuilder, type HtmlBlock, type ImageMark, type OpenLink } from './block-builder';
import { CELL_ELEMENTS, DROPPED_ELEMENTS, HEADING_ELEMENTS, INLINE_ELEMENTS, TYPED_CONTAINERS } from './element-kinds';
import { safeHref } from './safe-href';

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/iu;

/** The blocks read from a DOM subtree, and the images that stood in it. */
export interface BlocksFromHtml {
  blocks: HtmlBlock[];
  images: ImageMark[];
}

// The walk is iterative (a stack of enter/exit steps) so that hostile nesting thousands of
// levels deep cannot overflow the call stack.
type Step =
  | { kind: 'enter'; node: Node; type: BlockType; pre: boolean }
  | { kind: 'close-block'; type: BlockType }
  | { kind: 'end-link'; link: OpenLink }
  | { kind: 'cell-end' };

/**
 * Reads the article model's blocks out of a DOM subtree by walking it with a whitelist. Only text
 * nodes add characters; the only attributes read are `href` (kept when `safeHref` allows it) and
 * `alt` (kept as plain text for an image placeholder). Nothing else of the markup survives: no
 * element, attribute, style or URL other than a vetted link target, so no handler (`onerror`, which
 * Readability keeps), script or `javascript:` URL can reach the page that shows the result, and
 * text that looks like markup stays text.
 *
 * Headings become heading blocks; paragraphs inside a block quote, list item or figure caption
 * take that block's type; other block-level elements (including unknown ones) end a paragraph;
 * inline elements, emphasis included, keep only their text. Elements that carry no prose
 * (`DROPPED_ELEMENTS`), elements outside the HTML namespace and hidden elements (`hidden`,
 * `display: none`, `visibility: hidden`) are dropped with their content. A single `<br>` is a
 * space; two in a row end the paragraph (how pages without `<p>` separate paragraphs). In `<pre>`,
 * a blank line ends the paragraph. Relative links resolve against `baseUrl` when it is an http(s) URL.
 */
export function htmlToBlocks(root: Node, baseUrl?: string): BlocksFromHtml {
  const builder = new BlockBuilder();
  let breaks = 0;
  const stack: Step[] = [];
  pushChildren(stack, root, 'paragraph', false);
  for (let step = stack.pop(); step !== undefined; step = stack.pop()) {
    switch (step.kind) {
      case 'close-block':
        builder.flush(step.type);
        breaks = 0;
        break;
      case 'end-link':
        builder.endLink(step.link);
        break;
      case 'cell-end':
        builder.appendText(' ');
        break;
      case 'enter': {
        const { node, type, pre } = step;
        if (node.nodeType === TEXT_NODE) {
          const data = node.nodeValue ?? '';
          if (/\S/u.test(data)) breaks = 0;
          appendText(builder, data, type, pre);
          break;
        }
        if (node.nodeType !== ELEMENT_NODE || !isShown(node as Element)) break;
        const element = node as Element;
        const name = element.localName;
        if (name === 'br') {
          breaks += 1;
          if (breaks === 2 && builder.hasText) builder.flush(type);
          else builder.appendText(' ');
          break;
        }
        if (name === 'img') {
          builder.addImage(element.getAttribute('alt') ?? '');
          break;
        }
        const inner = innerType(name, type);
        if (inner === undefined) {
          if (name === 'a') {
            const href = safeHref(element.getAttribute('href') ?? '', baseUrl);
            if (href !== undefined) stack.push({ kind: 'end-link', link: builder.beginLink(href) });
          }
          if (CELL_ELEMENTS.has(name)) {
            builder.appendText(' ');
            stack.push({ kind: 'cell-end' });
          }
          pushChildren(stack, element, type, pre);
          break;
        }
        builder.flush(type);
        breaks = 0;
        stack.push({ kind: 'close-block', type: inner });
        pushChildren(stack, element, inner, pre || name === 'pre');
        break;
      }
    }
  }
  builder.flush('paragraph');
  return { blocks: builder.blocks, images: builder.images };
}

// The block type inside an element that starts a block, or undefined for inline content.
function innerType(name: string, outer: BlockType): BlockType | undefined {
  if (HEADING_ELEMENTS.has(name)) return 'heading';
  const typed = TYPED_CONTAINERS.get(name);
  if (typed !== undefined) return typed;
  if (INLINE_ELEMENTS.has(name) || CELL_ELEMENTS.has(name)) return undefined;
  return outer;
}

// Children go on the stack last first, so they are entered in document order.
function pushChildren(stack: Step[], parent: Node, type: BlockType, pre: boolean): void {
  for (let child = parent.lastChild; child !== null; child = child.previousSibling) stack.push({ kind: 'enter', node: child, type, pre });
}

function isShown(element: Element): boolean {
  if (element.namespaceURI !== HTML_NAMESPACE || DROPPED_ELEMENTS.has(element.localName)) return false;
  if (element.hasAttribute('hidden')) return false;
  return !HIDDEN_STYLE.test(element.getAttribute('style') ?? '');
}

function appendText(builder: BlockBuilder, data: string, type: BlockType, pre: boolean): void {
  if (!pre) {
    builder.appendText(data);
    return;
  }
  const parts = data.split(/\n[ \t]*\n/u);
  parts.forEach((part, index) => {
    if (index > 0) builder.flush(type);
    builder.appendText(part);
  });
}
