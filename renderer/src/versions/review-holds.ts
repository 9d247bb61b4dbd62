import type { Annotation } from '../../../shared/model/annotation';
import { pendingReview } from '../../../shared/versions/pending-review';
import type { VersionsAnswer } from '../../../shared/versions/versions-contract';
import type { Attention } from '../annotations/attention';

/**
 * The annotations a new version left for the analyst to settle, as "Needs attention" items:
 * kept out of anchoring on open (which would otherwise move an edited sentence's annotation
 * silently) and listed with the places the review entry proposes. Only entries whose
 * annotations still hold the recorded selectors count, so an item settled since is not held.
 */
export function holdsOnOpen(versions: VersionsAnswer | null, annotations: readonly Annotation[]): Map<string, Attention> {
  const review = versions?.review ?? [];
  const analystId = review[0]?.analystId;
  if (analystId === undefined) return new Map();
  return new Map(
    pendingReview(review, analystId, annotations).map((e) => [e.annotationId, { status: e.status, candidates: e.candidates }]),
  );
}
