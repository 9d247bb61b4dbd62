import type { Block, BlockType } from '../model/article';
import { segmentBlock } from '../segment';
import { blockRanges } from '../text/plain-text';

/**
 * Blocks whose sentences are agreement units: the article body. The title, headings and
 * captions are left out (byline and date are metadata, never blocks), so tagging or skipping
 * a headline does not move the figures.
 */
export const COUNTED_BLOCK_TYPES: ReadonlySet<BlockType> = new Set<BlockType>(['paragraph', 'blockquote', 'list-item']);

/** One counted sentence: its place [start, end) in the document's plain text and its block's index. */
export interface AgreementUnit {
  start: number;
  end: number;
  block: number;
}

/** The agreement units of an article, in document order: every sentence of every body block. */
export function sentenceUnits(blocks: readonly Pick<Block, 'type' | 'text'>[]): AgreementUnit[] {
  const ranges = blockRanges(blocks);
  const units: AgreementUnit[] = [];
  blocks.forEach((block, index) => {
    if (!COUNTED_BLOCK_TYPES.has(block.type)) return;
    const offset = ranges[index]?.start ?? 0;
    for (const span of segmentBlock(block.text, offset)) units.push({ start: span.start, end: span.end, block: index });
  });
  return units;
}
