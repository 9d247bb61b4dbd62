import { TAGS, type Annotation } from '../../../shared/model/annotation';
import { firstNotBefore } from './first-not-before';

/** Document order: by start, then end, then tag order, then id, so ties are stable. */
export function compareAnnotations(a: Annotation, b: Annotation): number {
  const pa = a.target.selector.position;
  const pb = b.target.selector.position;
  return (
    pa.start - pb.start ||
    pa.end - pb.end ||
    TAGS.indexOf(a.body.tag) - TAGS.indexOf(b.body.tag) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** Index of the first annotation of a sorted list not before `probe` (a binary search). */
export function lowerBound(sorted: readonly Annotation[], probe: Annotation): number {
  return firstNotBefore(sorted, probe, compareAnnotations);
}

/** Index of the first annotation of a sorted list starting at or after `offset`. */
export function firstStartingAt(sorted: readonly Annotation[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.target.selector.position.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
