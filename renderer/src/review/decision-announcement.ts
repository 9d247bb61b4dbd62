import type { ReviewDecisionKind } from '../../../shared/review/review-file';
import { tagLabel } from '../labels/tag-labels';
import type { ReviewItem } from './review-controller';

/** Longest stretch of the colleague's sentence an announcement reads out, as the reader's own. */
const QUOTE_LIMIT = 160;

const VERBS: Record<ReviewDecisionKind | 'undecided', string> = {
  accepted: 'Accepted',
  rejected: 'Rejected',
  undecided: 'Took back the decision on',
};

/**
 * What the status line (and so a screen reader) says once a decision on a colleague's annotation
 * is saved: "Accepted Colin Colleague's claim: The port said…", naming the colleague, the tag
 * and the sentence so the reviewer hears which card the decision went to.
 */
export function decisionAnnouncement(
  item: Pick<ReviewItem, 'annotation' | 'analystName'>,
  decision: ReviewDecisionKind | 'undecided',
): string {
  const flat = item.annotation.target.selector.quote.exact.replace(/\s+/g, ' ').trim();
  const quote = flat.length > QUOTE_LIMIT ? `${flat.slice(0, QUOTE_LIMIT - 1)}…` : flat;
  return `${VERBS[decision]} ${item.analystName}'s ${tagLabel(item.annotation.body.tag).toLowerCase()}: ${quote}`;
}
