import { reanchorAnnotations } from '../anchoring/reanchor-annotations';
import type { Annotation } from '../model/annotation';
import type { ReviewEntry } from './version-record';

/** Most candidate places kept per review entry. */
const MAX_CANDIDATES = 20;

/** One layer after re-anchoring onto a new version: what to write back, and what to ask the analyst. */
export interface LayerReanchorPlan {
  /** Every annotation of the layer, in its order; only those found with their text unchanged carry new selectors. */
  annotations: Annotation[];
  /** Ids among `annotations` whose selectors changed. */
  repositioned: string[];
  review: ReviewEntry[];
}

/**
 * Re-anchors one analyst's annotations onto `text`, the plain text of version `version`. An
 * annotation whose exact text is found (wherever it now is) moves there. One found only by a
 * fuzzy match (the sentence was edited), one that fits several places and one whose text is gone
 * all keep their selectors and get a review entry: the analyst decides, nothing moves silently
 * and nothing is dropped.
 */
export function planVersionReanchor(
  text: string,
  annotations: readonly Annotation[],
  analystId: string,
  version: number,
): LayerReanchorPlan {
  const outcome = reanchorAnnotations(text, annotations);
  const placed = new Map(outcome.anchored.map((a) => [a.id, a]));
  const moved = new Set(outcome.moved);
  const review: ReviewEntry[] = [];
  const repositioned: string[] = [];
  const entry = (annotation: Annotation, status: ReviewEntry['status'], candidates: { start: number; end: number }[]): ReviewEntry => ({
    annotationId: annotation.id,
    analystId,
    version,
    status,
    previous: annotation.target.selector,
    candidates: candidates.slice(0, MAX_CANDIDATES).map(({ start, end }) => ({ start, end })),
  });

  const result = annotations.map((annotation) => {
    const found = placed.get(annotation.id);
    if (!found || !moved.has(annotation.id)) return annotation;
    if (found.target.selector.quote.exact === annotation.target.selector.quote.exact) {
      repositioned.push(annotation.id);
      return found;
    }
    const { start, end } = found.target.selector.position;
    review.push(entry(annotation, 'moved', [{ start, end }]));
    return annotation;
  });
  for (const item of outcome.unresolved) review.push(entry(item.annotation, item.status, item.candidates));
  return { annotations: result, repositioned, review };
}
