import type { Annotation } from '../../../shared/model/annotation';

/** What changed between two lists of annotations: those only in the first and those only in the second. */
export interface AnnotationListDiff {
  /** Annotation objects of `before` that `after` no longer holds (a changed one is here as it was). */
  gone: Annotation[];
  /** Annotation objects of `after` that `before` did not hold (a changed one is here as it is now). */
  arrived: Annotation[];
}

/**
 * Compares two lists of annotations by object identity, as the annotation store replaces what it
 * changes and splices its list: the lists share a head and a tail object for object, and only
 * the stretch between them is looked at, so one tag among 10,000 costs a walk of references.
 */
export function diffAnnotationLists(before: readonly Annotation[], after: readonly Annotation[]): AnnotationListDiff {
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < before.length - head && tail < after.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail])
    tail++;
  const was = before.slice(head, before.length - tail);
  const is = after.slice(head, after.length - tail);
  const inWas = new Set(was);
  const inIs = new Set(is);
  return { gone: was.filter((a) => !inIs.has(a)), arrived: is.filter((a) => !inWas.has(a)) };
}
