import type { ReviewState } from '../../../shared/review/review-state';
import { REVIEW_STATE_GLYPHS, reviewStateLabel } from '../labels/review-state-labels';

/** A review state as a chip: its colour, its glyph and its name, so it reads without colour. */
export function ReviewStateBadge({ state }: { state: ReviewState }) {
  return (
    <span className={`review-state review-state-${state}`} data-testid="review-state" data-state={state}>
      <span aria-hidden="true">{REVIEW_STATE_GLYPHS[state]}</span> {reviewStateLabel(state)}
    </span>
  );
}
