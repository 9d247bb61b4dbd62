import { BLOCK_SEPARATOR } from '../text/plain-text';
import { segmentBlock } from './segment-block';
import type { SentenceSpan } from './sentence-span';

/**
 * Splits a document's plain text (blocks joined by BLOCK_SEPARATOR) into sentences, with
 * offsets into `text`. A sentence never crosses a block boundary. Each block is segmented on
 * its own, which keeps the cost linear in `text.length` (segmenting the whole string at once
 * is quadratic with Node 20's Intl.Segmenter; see MEASURED.md).
 */
export function segmentText(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let blockStart = 0;
  for (;;) {
    const separator = text.indexOf(BLOCK_SEPARATOR, blockStart);
    const blockEnd = separator === -1 ? text.length : separator;
    for (const span of segmentBlock(text.slice(blockStart, blockEnd), blockStart)) spans.push(span);
    if (separator === -1) return spans;
    blockStart = separator + BLOCK_SEPARATOR.length;
  }
}
