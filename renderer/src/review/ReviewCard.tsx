import { memo } from 'react';
import { TagChip } from '../ui/TagChip';
import { countReplies } from '../../../shared/review/reply-threads';
import type { ReviewItem } from './review-controller';
import { ReplyForm, ReplyThread } from './ReplyThread';
import { ReviewStateBadge } from './ReviewStateBadge';

/** Longest quote shown on a review card. */
const QUOTE_LIMIT = 160;

/**
 * One colleague annotation in review: who made it (initials in their colour), its tag, state,
 * quote and note, accept / reject (pressed again, the decision is taken back) and its thread.
 */
export const ReviewCard = memo(function ReviewCard(props: {
  item: ReviewItem;
  onGo: (item: ReviewItem) => void;
  onDecide: (item: ReviewItem, decision: 'accepted' | 'rejected' | 'undecided') => void;
  onReply: (item: ReviewItem, text: string, parentId?: string) => Promise<void>;
}) {
  const { item, onGo, onDecide, onReply } = props;
  const { annotation, state } = item;
  const quote = annotation.target.selector.quote.exact.replace(/\s+/g, ' ').trim();
  const toggle = (decision: 'accepted' | 'rejected') => () => onDecide(item, state === decision ? 'undecided' : decision);
  return (
    <article
      className={`card review-card review-card-${state}`}
      data-testid="review-card"
      data-annotation-id={annotation.id}
      data-analyst={annotation.creator.id}
      data-state={state}
      style={{ ['--rv-analyst' as string]: item.colour }}
    >
      <header className="card-head">
        <span className="analyst-initials" title={item.analystName}>
          {item.initials}
        </span>
        <TagChip tag={annotation.body.tag} />
        <ReviewStateBadge state={state} />
      </header>
      <button type="button" className="card-quote" data-testid="review-quote" title={quote} onClick={() => onGo(item)}>
        {quote.length > QUOTE_LIMIT ? `${quote.slice(0, QUOTE_LIMIT - 1)}…` : quote}
      </button>
      {annotation.body.note && <p className="review-note">{annotation.body.note}</p>}
      <div className="review-actions" role="group" aria-label={`Decide on ${item.analystName}'s ${annotation.body.tag}`}>
        <button
          type="button"
          className="button review-accept"
          data-testid="review-accept"
          aria-pressed={state === 'accepted'}
          onClick={toggle('accepted')}
        >
          ✓ Accept
        </button>
        <button
          type="button"
          className="button review-reject"
          data-testid="review-reject"
          aria-pressed={state === 'rejected'}
          onClick={toggle('rejected')}
        >
          ✗ Reject
        </button>
        <span className="review-reply-count">
          {countReplies(item.thread) > 0 ? `${countReplies(item.thread)} repl${countReplies(item.thread) === 1 ? 'y' : 'ies'}` : ''}
        </span>
      </div>
      <ReplyThread nodes={item.thread} onReply={(text, parentId) => onReply(item, text, parentId)} />
      <ReplyForm label="Reply to this annotation" onSend={(text) => onReply(item, text)} />
    </article>
  );
});
