import type { Tag } from '../model/annotation';
import { TAGS } from '../model/annotation';
import type { Block } from '../model/article';
import { blockRanges, type BlockRange } from '../text/plain-text';
import type { ReportBlock, Run } from './report-model';

/** A placed annotation as the runs see it. */
export interface PlacedSpan {
  number: number;
  tag: Tag;
  start: number;
  end: number;
}

/**
 * Cuts each block into runs at every start and end of a placed span inside it, so each run
 * carries the set of tags over it (overlaps show every tag, as in the reader). A span's marker
 * follows the run where it ends; a span that runs across blocks is painted in each and marked
 * once, in the last block it touches. Offsets are those of the plain text of `blocks`.
 */
export function splitRuns(blocks: readonly Block[], spans: readonly PlacedSpan[]): ReportBlock[] {
  const ranges = blockRanges(blocks);
  const byBlock = bucketByBlock(ranges, spans);
  return ranges.map((range, i) => {
    const block = blocks[i]!;
    const next = ranges[i + 1];
    const inside = byBlock[i]!.filter((s) => s.start < range.end && s.end > range.start);
    const cuts = new Set([range.start, range.end]);
    for (const s of inside) {
      cuts.add(Math.max(range.start, s.start));
      cuts.add(Math.min(range.end, s.end));
    }
    const points = [...cuts].sort((a, b) => a - b);
    // Marked here: spans whose end falls in this block or in the separator after it.
    const endingHere = inside.filter((s) => next === undefined || s.end <= next.start);
    const runs: Run[] = [];
    for (let k = 0; k + 1 < points.length; k++) {
      const from = points[k]!;
      const to = points[k + 1]!;
      const covering = inside.filter((s) => s.start < to && s.end > from);
      runs.push({
        text: block.text.slice(from - range.start, to - range.start),
        tags: TAGS.filter((tag) => covering.some((s) => s.tag === tag)),
        markers: endingHere.filter((s) => markerPoint(s, range) === to).map(({ number, tag }) => ({ number, tag })),
      });
    }
    return {
      type: block.type,
      runs: runs.length > 0 ? runs : [{ text: '', tags: [], markers: endingHere.map(({ number, tag }) => ({ number, tag })) }],
    };
  });
}

/** The spans that may touch each block (a superset: those starting before its end and ending after its start), found by binary search, not by scanning every span per block. */
function bucketByBlock(ranges: readonly BlockRange[], spans: readonly PlacedSpan[]): PlacedSpan[][] {
  const buckets = ranges.map((): PlacedSpan[] => []);
  for (const span of spans) {
    for (let i = firstBlockEndingAfter(ranges, span.start); i < ranges.length && ranges[i]!.start < span.end; i++) buckets[i]!.push(span);
  }
  return buckets;
}

function firstBlockEndingAfter(ranges: readonly BlockRange[], offset: number): number {
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (ranges[mid]!.end > offset) high = mid;
    else low = mid + 1;
  }
  return low;
}

function markerPoint(span: PlacedSpan, range: BlockRange): number {
  return Math.min(span.end, range.end);
}
