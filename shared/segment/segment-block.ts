import { endsSentence } from './ends-sentence';
import type { SentenceSpan } from './sentence-span';

/**
 * Splits one block (a paragraph, heading or caption; no BLOCK_SEPARATOR inside) into sentences,
 * with offsets shifted by `offset` so a caller can pass the block's place in a larger text.
 * Spans are ordered, disjoint, trimmed and together cover every non-space character; text after
 * the last terminal punctuation (a heading, a caption) is a sentence of its own. Whitespace-only
 * text yields no span. Runs in time linear in `text.length`.
 */
export function segmentBlock(text: string, offset = 0): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  // A fresh regex per call: a shared /g regex would carry lastIndex across re-entrant calls.
  const tokens = /\S+/gu;
  let previous = tokens.exec(text);
  let sentenceStart = previous?.index ?? 0;
  while (previous) {
    const next = tokens.exec(text);
    const previousEnd = previous.index + previous[0].length;
    if (!next) {
      spans.push({ start: sentenceStart + offset, end: previousEnd + offset });
    } else if (endsSentence(previous[0], next[0])) {
      spans.push({ start: sentenceStart + offset, end: previousEnd + offset });
      sentenceStart = next.index;
    }
    previous = next;
  }
  return spans;
}
