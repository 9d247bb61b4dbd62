import type { ReviewState } from '../../../shared/review/review-state';

/** The mark each state shows beside its colour, so a state reads without colour too. */
export const REVIEW_STATE_GLYPHS: Readonly<Record<ReviewState, string>> = {
  agreed: '=',
  disagreed: '≠',
  accepted: '✓',
  rejected: '✗',
  'only-one': '¹',
};

const LABELS: Record<ReviewState, string> = {
  agreed: 'agreed',
  disagreed: 'disagreed',
  accepted: 'accepted',
  rejected: 'rejected',
  'only-one': 'only one analyst',
};

/** The state in words, lower case. */
export function reviewStateLabel(state: ReviewState): string {
  return LABELS[state];
}
