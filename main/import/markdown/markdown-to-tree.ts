import type { Token } from 'markdown-it';
import { defaultTreeAdapter, html as parse5Html, type DefaultTreeAdapterMap } from 'parse5';

type Parent = DefaultTreeAdapterMap['parentNode'];
type Element = DefaultTreeAdapterMap['element'];

// Inline markup that only wraps text; images, code, breaks and raw HTML are handled apart.
const WRAPPING_INLINE = new Set(['em_open', 'em_close', 'strong_open', 'strong_close', 's_open', 's_close', 'link_open', 'link_close']);

/**
 * Appends to `body` (a node of parse5's tree) the elements and text markdown-it would render for
 * `tokens` and the HTML parser would then build from that HTML, without writing or parsing any
 * HTML: the same elements, links, alt text and text, less what no article keeps (the white space
 * between blocks, a code block's language class). Returns false, having appended part of it, when the tokens hold raw
 * HTML or anything else that only parsing by the HTML standard can place; the caller then
 * renders and parses instead.
 */
export function appendMarkdownTokens(body: Parent, tokens: readonly Token[]): boolean {
  const open: Parent[] = [body];
  const top = () => open[open.length - 1]!;
  for (const token of tokens) {
    switch (token.type) {
      case 'inline':
        if (!appendInline(top(), token.children ?? [])) return false;
        break;
      case 'code_block':
      case 'fence':
        append(top(), element('pre', []), (pre) => append(pre, element('code', []), (code) => text(code, token.content)));
        break;
      case 'hr':
        append(top(), element('hr', token.attrs ?? []));
        break;
      default:
        if (token.nesting === 1 && token.type.endsWith('_open')) {
          // A tight list's paragraphs are hidden: their text stands in the list item itself.
          if (token.hidden) break;
          const opened = element(token.tag, token.attrs ?? []);
          append(top(), opened);
          open.push(opened);
        } else if (token.nesting === -1 && token.type.endsWith('_close')) {
          if (token.hidden) break;
          if (open.length === 1 || (top() as Element).tagName !== token.tag) return false;
          open.pop();
        } else return false;
    }
  }
  return open.length === 1;
}

function appendInline(parent: Parent, tokens: readonly Token[]): boolean {
  const open: Parent[] = [parent];
  const top = () => open[open.length - 1]!;
  for (const token of tokens) {
    if (WRAPPING_INLINE.has(token.type)) {
      if (token.nesting === 1) {
        const opened = element(token.tag, token.attrs ?? []);
        append(top(), opened);
        open.push(opened);
      } else {
        if (open.length === 1 || (top() as Element).tagName !== token.tag) return false;
        open.pop();
      }
      continue;
    }
    switch (token.type) {
      case 'text':
        text(top(), token.content);
        break;
      case 'softbreak':
        text(top(), '\n');
        break;
      case 'hardbreak':
        append(top(), element('br', []));
        text(top(), '\n');
        break;
      case 'code_inline':
        append(top(), element('code', token.attrs ?? []), (code) => text(code, token.content));
        break;
      case 'image': {
        const alt = inlineAsText(token.children ?? []);
        if (alt === undefined) return false;
        const attrs = (token.attrs ?? []).map(([name, value]) => [name, name === 'alt' ? alt : value] as const);
        append(top(), element('img', attrs));
        break;
      }
      default:
        return false;
    }
  }
  return open.length === 1;
}

// An image's alt text as markdown-it's renderer writes it; undefined when it holds raw HTML.
function inlineAsText(tokens: readonly Token[]): string | undefined {
  let result = '';
  for (const token of tokens) {
    if (token.type === 'text' || token.type === 'code_inline') result += token.content;
    else if (token.type === 'softbreak' || token.type === 'hardbreak') result += '\n';
    else if (token.type === 'image') {
      const inner = inlineAsText(token.children ?? []);
      if (inner === undefined) return undefined;
      result += inner;
    } else if (token.type.startsWith('html_')) return undefined;
  }
  return result;
}

function element(tagName: string, attrs: ReadonlyArray<readonly [string, string | number]>): Element {
  return defaultTreeAdapter.createElement(
    tagName,
    parse5Html.NS.HTML,
    attrs.map(([name, value]) => ({ name, value: String(value) })),
  );
}

function append(parent: Parent, child: Element, fill?: (child: Element) => void): void {
  defaultTreeAdapter.appendChild(parent, child);
  fill?.(child);
}

// Text joins the text node before it, as the HTML parser joins character tokens.
function text(parent: Parent, value: string): void {
  if (value !== '') defaultTreeAdapter.insertText(parent, value);
}
