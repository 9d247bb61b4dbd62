import type { Block } from '../../../shared/model/article';
import { blockRanges } from '../../../shared/text/plain-text';
import type { TextRange } from './text-range';

/** Splits one block's text into sentences, offsets shifted by `offset` (shared/segment's segmentBlock). */
export type SegmentBlock = (text: string, offset: number) => TextRange[];

/**
 * The article's sentences as two sorted offset tables over its plain text. Sentences are
 * disjoint and ordered, so every lookup is a binary search.
 */
export class SentenceIndex {
  private constructor(
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
  ) {}

  /** Segments each block on its own (whole-text segmentation is quadratic in Node's ICU). */
  static fromBlocks(blocks: readonly Block[], segment: SegmentBlock): SentenceIndex {
    const starts: number[] = [];
    const ends: number[] = [];
    const ranges = blockRanges(blocks);
    blocks.forEach((block, i) => {
      for (const span of segment(block.text, ranges[i]!.start)) {
        starts.push(span.start);
        ends.push(span.end);
      }
    });
    return new SentenceIndex(Int32Array.from(starts), Int32Array.from(ends));
  }

  /** The index over tables `fromBlocks` would have built, segmented elsewhere (another thread). */
  static fromTables(starts: Int32Array, ends: Int32Array): SentenceIndex {
    return new SentenceIndex(starts, ends);
  }

  /** Number of sentences. */
  get count(): number {
    return this.starts.length;
  }

  /** Sentence `i` as a range; `i` must be in [0, count). */
  sentence(i: number): TextRange {
    return { start: this.starts[i]!, end: this.ends[i]! };
  }

  /**
   * The sentence holding `offset`; an offset between sentences belongs to the nearer one (ties
   * go to the earlier one, so a click just after a full stop stays on its sentence).
   * -1 when there are no sentences.
   */
  indexAt(offset: number): number {
    if (this.count === 0) return -1;
    const i = this.lastStartingAtOrBefore(offset);
    if (i < 0) return 0;
    if (offset < this.ends[i]! || i === this.count - 1) return i;
    return offset - this.ends[i]! <= this.starts[i + 1]! - offset ? i : i + 1;
  }

  /**
   * The first and last sentences overlapping [start, end), or null when the range only covers
   * whitespace between sentences. An empty range touches the sentence at its offset.
   */
  touching(range: TextRange): { first: number; last: number } | null {
    if (range.end <= range.start) {
      const i = this.indexAt(range.start);
      return i < 0 ? null : { first: i, last: i };
    }
    const last = this.lastStartingAtOrBefore(range.end - 1);
    let first = this.lastStartingAtOrBefore(range.start);
    if (first < 0 || this.ends[first]! <= range.start) first += 1;
    return last < 0 || first > last ? null : { first, last };
  }

  /** The range from the start of sentence `a` to the end of sentence `b`, in either order. */
  span(a: number, b: number): TextRange {
    return { start: this.starts[Math.min(a, b)]!, end: this.ends[Math.max(a, b)]! };
  }

  private lastStartingAtOrBefore(offset: number): number {
    let lo = 0;
    let hi = this.count - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }
}
