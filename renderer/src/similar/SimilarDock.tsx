import type { ReaderSession } from '../reader/reader-session';
import { SimilarClaims } from './SimilarClaims';
import { similarFor } from './similar-for';

/**
 * The similar claims in the reader's side panel, beside the text: shown while a claim is selected
 * (one just tagged with 1, or clicked), updated as the selection moves, never taking focus.
 */
export function SimilarDock({ session }: { session: ReaderSession }) {
  const similar = similarFor(session);
  return (
    similar && (
      <div className="similar-dock" data-testid="similar-dock">
        <SimilarClaims similar={similar} inReader />
      </div>
    )
  );
}
