import type { Block } from '../../../shared/model/article';
import { blockRanges } from '../../../shared/text/plain-text';
import type { TextRange } from './text-range';

/** Splits one block's text into sentences, offsets shifted by `offset` (shared/segment's segmentBlock). */
export type SegmentBlock = (text: string, offset: number) => TextRange[];

/**
 * The article's sentences as two sorted offset tables over its plain text. Sentences are
 * disjoint and ordered, so every lookup is a binary search. Built from blocks, it segments them
 * in order only as far as a question needs: the first J after opening a 1 MB article asks about
 * the sentences on screen and paid ~80 ms segmenting all of it, while the background worker's
 * tables waited behind the key press.
 */
export class SentenceIndex {
  private constructor(
    private readonly starts: Int32Array | number[],
    private readonly ends: Int32Array | number[],
    private readonly rest: { blocks: readonly Block[]; ranges: readonly TextRange[]; segment: SegmentBlock; next: number } | null,
  ) {}

  /** Segments each block on its own (whole-text segmentation is quadratic in Node's ICU), when first asked about. */
  static fromBlocks(blocks: readonly Block[], segment: SegmentBlock): SentenceIndex {
    return new SentenceIndex([], [], { blocks, ranges: blockRanges(blocks), segment, next: 0 });
  }

  /** The index over tables `fromBlocks` would have built, segmented elsewhere (another thread). */
  static fromTables(starts: Int32Array, ends: Int32Array): SentenceIndex {
    return new SentenceIndex(starts, ends, null);
  }

  /** Whether every block has been segmented (always, for tables from elsewhere). */
  get complete(): boolean {
    return this.rest === null || this.rest.next >= this.rest.blocks.length;
  }

  /** Number of sentences (segments the whole article). */
  get count(): number {
    this.segmentWhile(() => true);
    return this.starts.length;
  }

  /** `i` if sentence `i` exists, else the last sentence's number (-1 when there are none); segments only up to `i`. */
  atMost(i: number): number {
    this.segmentWhile(() => this.starts.length <= i);
    return Math.min(i, this.starts.length - 1);
  }

  /** Sentence `i` as a range; `i` must be in [0, count). */
  sentence(i: number): TextRange {
    this.segmentWhile(() => this.starts.length <= i);
    return { start: this.starts[i]!, end: this.ends[i]! };
  }

  /**
   * The sentence holding `offset`; an offset between sentences belongs to the nearer one (ties
   * go to the earlier one, so a click just after a full stop stays on its sentence).
   * -1 when there are no sentences.
   */
  indexAt(offset: number): number {
    this.segmentPast(offset);
    const count = this.starts.length;
    if (count === 0) return -1;
    const i = this.lastStartingAtOrBefore(offset);
    if (i < 0) return 0;
    if (offset < this.ends[i]! || i === count - 1) return i;
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
    this.segmentPast(range.end);
    const last = this.lastStartingAtOrBefore(range.end - 1);
    let first = this.lastStartingAtOrBefore(range.start);
    if (first < 0 || this.ends[first]! <= range.start) first += 1;
    return last < 0 || first > last ? null : { first, last };
  }

  /** The range from the start of sentence `a` to the end of sentence `b`, in either order. */
  span(a: number, b: number): TextRange {
    this.segmentWhile(() => this.starts.length <= Math.max(a, b));
    return { start: this.starts[Math.min(a, b)]!, end: this.ends[Math.max(a, b)]! };
  }

  /** Segments until some sentence starts after `offset`, so the sentence after it is known too. */
  private segmentPast(offset: number): void {
    this.segmentWhile(() => this.starts.length === 0 || this.starts[this.starts.length - 1]! <= offset);
  }

  /** Segments the next block while `more()` holds and blocks are left. */
  private segmentWhile(more: () => boolean): void {
    const rest = this.rest;
    if (!rest) return;
    const starts = this.starts as number[];
    const ends = this.ends as number[];
    while (rest.next < rest.blocks.length && more()) {
      const i = rest.next++;
      for (const span of rest.segment(rest.blocks[i]!.text, rest.ranges[i]!.start)) {
        starts.push(span.start);
        ends.push(span.end);
      }
    }
  }

  private lastStartingAtOrBefore(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
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
