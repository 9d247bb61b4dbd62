import type { Annotation } from '../model/annotation';
import type { RatingScale } from '../model/rating-scale';
import type { BodySentence } from './body-sentences';
import type { LabelTable } from './disagreements';
import { annotationKey, type ReviewDecision } from './review-file';
import { coveredSentences, verdictKey } from './sentence-labels';

/**
 * Where an annotation stands in review. A reviewer's decision wins; otherwise it is compared with
 * the other analysts' tags on the sentences it covers.
 */
export const REVIEW_STATES = ['agreed', 'disagreed', 'accepted', 'rejected', 'only-one'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

/** What deciding a state needs: the body sentences, every analyst's labels, the reviewer's decisions and the scales. */
export interface ReviewContext {
  sentences: readonly BodySentence[];
  table: LabelTable;
  decisions: ReadonlyMap<string, ReviewDecision>;
  scales: readonly RatingScale[];
}

/** Indexes a reviewer's decisions by the annotation they are about. */
export function indexDecisions(decisions: readonly ReviewDecision[]): Map<string, ReviewDecision> {
  return new Map(decisions.map((d) => [annotationKey(d), d]));
}

/**
 * The review state of `annotation`: 'accepted' or 'rejected' when the reviewer decided so;
 * 'only-one' when no other analyst tagged any sentence it covers (or it covers no body
 * sentence); 'disagreed' when another analyst tagged one of those sentences without this tag,
 * or rated the claim there in a different verdict group; 'agreed' otherwise.
 */
export function reviewStateOf(annotation: Annotation, context: ReviewContext): ReviewState {
  const decision = context.decisions.get(annotationKey({ analystId: annotation.creator.id, annotationId: annotation.id }));
  if (decision) return decision.decision;
  const verdict = verdictKey(annotation, context.scales);
  let others = 0;
  for (const sentence of coveredSentences(context.sentences, annotation)) {
    for (const [analyst, labels] of context.table) {
      if (analyst === annotation.creator.id) continue;
      const label = labels.get(sentence.index);
      if (!label) continue;
      others += 1;
      if (!label.tags.has(annotation.body.tag)) return 'disagreed';
      if (verdict && [...label.verdicts].some((v) => v !== verdict)) return 'disagreed';
    }
  }
  return others === 0 ? 'only-one' : 'agreed';
}
