import { useSyncExternalStore } from 'react';
import type { ReaderSession } from '../reader/reader-session';
import { formatClock } from '../ui/format-time';

// The store's message says what failed and what to do; the page adds what it does meanwhile.
const KEPT = 'Your changes are kept here and saved again automatically.';

/** "Saving…", "Saved" (the time in its tooltip, so the toolbar keeps room for the title), "All changes saved" or "Not saved: <reason>" with what happens to the changes and a retry button. */
export function SaveStatusLabel({ session }: { session: ReaderSession }) {
  const status = useSyncExternalStore(session.saves.subscribe, session.saves.getSnapshot);
  switch (status.kind) {
    case 'clean':
      return (
        <span className="save-status" data-testid="save-status" data-state="clean" role="status">
          All changes saved
        </span>
      );
    case 'saving':
      return (
        <span className="save-status" data-testid="save-status" data-state="saving" role="status">
          Saving…
        </span>
      );
    case 'saved':
      return (
        <span
          className="save-status"
          data-testid="save-status"
          data-state="saved"
          role="status"
          title={`Saved at ${formatClock(status.at)}`}
        >
          Saved
        </span>
      );
    case 'failed':
      return (
        <span
          className="save-status save-status-failed"
          data-testid="save-status"
          data-state="failed"
          role="alert"
          title={`Not saved: ${status.message} ${KEPT}`}
        >
          <span className="save-status-text">
            Not saved: {status.message} {KEPT}
          </span>
          <button type="button" className="button button-quiet" data-testid="save-retry" onClick={() => void session.flush()}>
            Retry
          </button>
        </span>
      );
  }
}
