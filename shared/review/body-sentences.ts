import type { Block, BlockType } from '../model/article';
import { segmentBlock } from '../segment';
import { blockRanges } from '../text/plain-text';

/** Block types whose sentences are compared between analysts; headline, headings and captions are not. */
const BODY_TYPES: ReadonlySet<BlockType> = new Set(['paragraph', 'blockquote', 'list-item']);

/** One sentence of the article body in plain-text offsets, numbered in document order. */
export interface BodySentence {
  index: number;
  start: number;
  end: number;
}

/**
 * The sentences analysts' tags are compared on: every sentence of the article body, in order.
 * The headline, headings and captions are left out (the byline is metadata, not a block).
 */
export function bodySentences(blocks: readonly Block[]): BodySentence[] {
  const ranges = blockRanges(blocks);
  const sentences: BodySentence[] = [];
  blocks.forEach((block, i) => {
    if (!BODY_TYPES.has(block.type)) return;
    for (const span of segmentBlock(block.text, ranges[i]!.start)) sentences.push({ index: sentences.length, ...span });
  });
  return sentences;
}
