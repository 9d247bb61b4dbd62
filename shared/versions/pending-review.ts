import type { Annotation, TextPositionSelector, TextQuoteSelector } from '../model/annotation';
import type { ReviewEntry } from './version-record';

/**
 * The review entries of `analystId` still waiting for the analyst, given the analyst's stored
 * annotations: for each annotation its latest entry, if the annotation still has the selectors
 * the entry recorded. Confirming, fixing or dropping changes or removes them, so the entry lapses
 * by itself, and undoing that brings it back. Ordered by the annotation's previous position.
 */
export function pendingReview(review: readonly ReviewEntry[], analystId: string, annotations: readonly Annotation[]): ReviewEntry[] {
  const latest = new Map<string, ReviewEntry>();
  for (const entry of review) {
    if (entry.analystId !== analystId) continue;
    const seen = latest.get(entry.annotationId);
    if (!seen || entry.version >= seen.version) latest.set(entry.annotationId, entry);
  }
  if (latest.size === 0) return [];
  const pending: ReviewEntry[] = [];
  for (const annotation of annotations) {
    const entry = latest.get(annotation.id);
    if (entry && sameSelectors(entry.previous, annotation.target.selector)) pending.push(entry);
  }
  return pending.sort((a, b) => a.previous.position.start - b.previous.position.start);
}

function sameSelectors(
  a: { quote: TextQuoteSelector; position: TextPositionSelector },
  b: { quote: TextQuoteSelector; position: TextPositionSelector },
): boolean {
  return (
    a.position.start === b.position.start &&
    a.position.end === b.position.end &&
    a.quote.exact === b.quote.exact &&
    a.quote.prefix === b.quote.prefix &&
    a.quote.suffix === b.quote.suffix
  );
}
