import { useEffect, useState } from 'react';
import type { HistoryAnswer } from '../../../shared/sync/history-change';
import { messageOf } from '../ui/message-of';
import type { HistoryReader } from './history-reader';

/** Where reading a history stands: reading, read, or why it could not be read. */
export type HistoryLoad = { state: 'reading' } | { state: 'read'; answer: HistoryAnswer } | { state: 'failed'; message: string };

/** Reads the history of `annotationId` on `documentId` once on mount (and again if either changes). */
export function useHistory(read: HistoryReader, documentId: string, annotationId: string): HistoryLoad {
  const [load, setLoad] = useState<HistoryLoad>({ state: 'reading' });
  useEffect(() => {
    let live = true;
    setLoad({ state: 'reading' });
    read({ documentId, annotationId }).then(
      (answer) => live && setLoad({ state: 'read', answer }),
      (error: unknown) => live && setLoad({ state: 'failed', message: messageOf(error) }),
    );
    return () => {
      live = false;
    };
  }, [read, documentId, annotationId]);
  return load;
}
