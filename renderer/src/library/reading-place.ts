import type { Client } from '../ipc/client';
import type { ReaderSession } from '../reader/reader-session';
import { setPendingJump } from '../search/search-requests';

/** How long the selection rests before its place is recorded, so J/K through an article writes once. */
const SETTLE_MS = 800;

/**
 * Records where the analyst is reading in `session` (the start of the selection) each time it
 * settles, so the next start can reopen the article there. Returns the function that stops
 * listening; a place not yet recorded is recorded then.
 */
export function trackReadingPlace(client: Client, session: ReaderSession): () => void {
  const documentId = session.article.id;
  let recorded = session.getSnapshot().selection.range?.start;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const record = () => {
    timer = undefined;
    const offset = session.getSnapshot().selection.range?.start;
    if (offset === undefined || offset === recorded) return;
    recorded = offset;
    // The place is a convenience: failing to record it must not disturb reading, and the store reports its own failures.
    client['library:opened']({ documentId, offset }).catch(() => {});
  };
  const stop = session.subscribe(() => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(record, SETTLE_MS);
  });
  return () => {
    stop();
    if (timer !== undefined) {
      clearTimeout(timer);
      record();
    }
  };
}

/**
 * On start: asks main for the article read last (null when the analyst turned reopening off, or
 * there is none) and opens it with `open`, landing on the sentence they were at.
 */
export async function reopenLastArticle(client: Client, open: (documentId: string) => void): Promise<void> {
  const last = await client['library:last']({});
  if (!last) return;
  if (last.offset > 0) setPendingJump({ documentId: last.documentId, range: { start: last.offset, end: last.offset + 1 } });
  open(last.documentId);
}
