import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Parse5Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['document'];

// A block larger than this is no ClaimReview a fact-checker published; parsing it would only cost time.
const MAX_BLOCK_CHARS = 5_000_000;

const LD_JSON_TYPE = /^\s*application\/ld\+json\s*(?:;.*)?$/iu;

/**
 * The text of every `<script type="application/ld+json">` in a saved page, in document order
 * (blocks over 5 MB left out). parse5 reads the page by the HTML standard into plain data: no DOM
 * is built, nothing runs and nothing loads, so this stays in main's DOM-free zone.
 */
export function readLdJsonBlocks(html: string): string[] {
  const blocks: string[] = [];
  const pending: Parse5Node[] = [parse(html, { scriptingEnabled: false })];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if ('tagName' in node && node.tagName === 'script') {
      const type = node.attrs.find((attribute) => attribute.name === 'type')?.value;
      const text = node.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
      if (type !== undefined && LD_JSON_TYPE.test(type) && text.length <= MAX_BLOCK_CHARS) blocks.push(text);
      continue;
    }
    if ('childNodes' in node) for (let i = node.childNodes.length - 1; i >= 0; i--) pending.push(node.childNodes[i]!);
  }
  return blocks;
}
