import type { ArticleParts } from '../article-parts';
import { parseHtml } from '../parse-html';

// Words by Unicode's rules and ICU's dictionaries, so Chinese and Japanese text splits into words
// rather than into characters or one run per sentence.
const WORD_SEGMENTER = new Intl.Segmenter('und', { granularity: 'word' });

// Elements whose edges end a word even with no space in the markup (`<li>a</li><li>b</li>`).
const BLOCK_ELEMENTS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

/**
 * The words of a text, in order: NFKC-normalised (full-width Latin and digits read as ASCII),
 * lower-cased, punctuation and spaces left out, CJK split by dictionary.
 */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  for (const segment of WORD_SEGMENTER.segment(text.normalize('NFKC'))) {
    if (segment.isWordLike === true) words.push(segment.segment.toLowerCase());
  }
  return words;
}

/** The text a reader sees in an HTML fragment (Readability's `expected.html`), a space at every block edge. */
export function visibleTextOf(html: string): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
      return;
    }
    const tag = node.nodeType === 1 ? (node as Element).tagName : '';
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE') return;
    const block = BLOCK_ELEMENTS.has(tag);
    if (block) parts.push(' ');
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) parts.push(' ');
  };
  walk(parseHtml(html).body);
  return parts.join('');
}

/** Everything an imported article shows: the title and header (byline, date as written, site) and every block. */
export function shownTextOf(parts: ArticleParts): string {
  const { title, byline, publishedText, site } = parts.metadata;
  return [title, byline, publishedText, site, ...parts.blocks.map((block) => block.text)].filter((text) => text !== undefined).join('\n');
}

/** How many of the reference's words the import kept, counted with repeats; `missing` in reference order. */
export interface KeptWords {
  total: number;
  kept: number;
  missing: string[];
}

/**
 * Counts the reference words found among the imported words, each imported word matching at most
 * one reference word (a word the reference has three times must be there three times).
 * `excused` words (named furniture) are taken out of the reference first.
 */
export function countKeptWords(reference: readonly string[], imported: readonly string[], excused: readonly string[] = []): KeptWords {
  const available = tally(imported);
  const excusedLeft = tally(excused);
  let total = 0;
  let kept = 0;
  const missing: string[] = [];
  for (const word of reference) {
    const excuse = excusedLeft.get(word) ?? 0;
    if (excuse > 0) {
      excusedLeft.set(word, excuse - 1);
      continue;
    }
    total += 1;
    const left = available.get(word) ?? 0;
    if (left > 0) {
      available.set(word, left - 1);
      kept += 1;
    } else {
      missing.push(word);
    }
  }
  return { total, kept, missing };
}

function tally(words: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}
