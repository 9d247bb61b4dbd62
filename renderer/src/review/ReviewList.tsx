import { useEffect, useRef, useState } from 'react';
import type { ReviewItem } from './review-controller';
import { ReviewCard } from './ReviewCard';

/** Cards drawn at first, and added each time the reviewer scrolls near the last one drawn. */
export const REVIEW_PAGE = 60;

/**
 * The colleague annotations under review, in document order. Cards differ in height (notes,
 * threads, reply forms), so instead of fixed-height rows the list draws the first REVIEW_PAGE
 * and more as the reviewer scrolls near the end: a colleague's 10,000 annotations open as fast as
 * 60. Drawn cards stay, so a reply being typed is never lost to scrolling.
 */
export function ReviewList({
  items,
  onGo,
  onDecide,
  onReply,
}: {
  items: readonly ReviewItem[];
  onGo: (item: ReviewItem) => void;
  onDecide: (item: ReviewItem, decision: 'accepted' | 'rejected' | 'undecided') => void;
  onReply: (item: ReviewItem, text: string, parentId?: string) => Promise<void>;
}) {
  const [drawn, setDrawn] = useState(REVIEW_PAGE);
  const sentinel = useRef<HTMLParagraphElement>(null);
  const more = items.length > drawn;

  useEffect(() => {
    const element = sentinel.current;
    if (!element || !more) return;
    // Ahead of the reviewer by a screenful, so scrolling does not stop at the end of what is drawn.
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setDrawn((n) => n + REVIEW_PAGE), {
      rootMargin: '800px 0px',
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [more, drawn]);

  return (
    <div className="review-list" data-testid="review-list">
      {items.slice(0, drawn).map((item) => (
        <ReviewCard key={item.key} item={item} onGo={onGo} onDecide={onDecide} onReply={onReply} />
      ))}
      {more && (
        <p ref={sentinel} className="hint review-list-more" data-testid="review-list-more">
          {drawn.toLocaleString()} of {items.length.toLocaleString()} shown; scroll for more
        </p>
      )}
    </div>
  );
}
