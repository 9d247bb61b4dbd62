import type { Block } from '../../../shared/model/article';
import { segmentBlock } from '../../../shared/segment';
import { blockRanges } from '../../../shared/text/plain-text';

/** What the sentence worker is sent: each block's text and where it starts in the plain text. */
export interface SentenceRequest {
  texts: string[];
  offsets: number[];
}

/** The sentence worker's answer: sentence starts and ends over the plain text, in order. */
export interface SentenceTables {
  starts: Int32Array;
  ends: Int32Array;
}

/** The request that segments `blocks`: plain strings and numbers, cheap to send to a worker. */
export function sentenceRequest(blocks: readonly Block[]): SentenceRequest {
  return { texts: blocks.map((b) => b.text), offsets: blockRanges(blocks).map((r) => r.start) };
}

/** Segments each block where it starts in the plain text: the tables `SentenceIndex.fromBlocks` builds. */
export function sentenceTables({ texts, offsets }: SentenceRequest): SentenceTables {
  const starts: number[] = [];
  const ends: number[] = [];
  texts.forEach((text, i) => {
    for (const span of segmentBlock(text, offsets[i])) {
      starts.push(span.start);
      ends.push(span.end);
    }
  });
  return { starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}
