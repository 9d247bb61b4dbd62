import { anchorAll, describe } from '../anchoring';
import type { Annotation } from '../model/annotation';

/** Annotations after re-anchoring onto a new text, sorted by what happened to them. */
export interface ReanchorOutcome {
  /** Every annotation: re-described where it anchored, untouched where it did not. */
  annotations: Annotation[];
  /** Ids of annotations that anchored somewhere other than their stored position. */
  moved: string[];
  /** Ids that could not be placed with confidence (orphaned or ambiguous): kept for the analyst to settle. */
  unresolved: string[];
}

/**
 * Re-anchors annotations onto `text` (a new version of their document's plain text). Anchored
 * ones get fresh selectors; the others keep their stored selectors, so nothing is lost or guessed.
 */
export function reanchorAnnotations(text: string, annotations: readonly Annotation[]): ReanchorOutcome {
  const results = anchorAll(text, annotations.map((a) => a.target.selector));
  const moved: string[] = [];
  const unresolved: string[] = [];
  const updated = annotations.map((annotation, i) => {
    const result = results[i];
    if (result?.status !== 'anchored') {
      unresolved.push(annotation.id);
      return annotation;
    }
    const old = annotation.target.selector.position;
    if (result.start === old.start && result.end === old.end && result.method === 'position') return annotation;
    moved.push(annotation.id);
    return { ...annotation, target: { ...annotation.target, selector: describe(text, result.start, result.end) } };
  });
  return { annotations: updated, moved, unresolved };
}
