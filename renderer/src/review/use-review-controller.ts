import { useEffect, useState } from 'react';
import type { Client } from '../ipc/client';
import type { ReaderSession } from '../reader/reader-session';
import { ReviewController } from './review-controller';
import type { ReaderReview } from './use-review-mode';

/** The open article's review controller while review mode is on (null otherwise); reloads when colleagues' files change. */
export function useReviewController(session: ReaderSession | null, client: Client, review: ReaderReview): ReviewController | null {
  const [controller, setController] = useState<ReviewController | null>(null);
  const { on, onController, colleagueVersion } = review;

  useEffect(() => {
    if (!on || !session) return;
    const next = new ReviewController(session, client);
    setController(next);
    onController(next);
    return () => {
      onController(null);
      setController(null);
      next.close();
    };
  }, [on, session, client, onController]);

  useEffect(() => {
    void controller?.reload();
  }, [controller, colleagueVersion]);

  return controller;
}
