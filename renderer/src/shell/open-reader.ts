import type { OpenedDocument } from '../../../shared/ipc/contract';
import type { Creator } from '../../../shared/model/annotation';
import type { Attention } from '../annotations/attention';
import { ClaimsController } from '../claims/claims-controller';
import { SuggestionsController } from '../claims/suggestions-controller';
import type { Client } from '../ipc/client';
import type { ConfirmRemoval } from '../reader/linked-removal';
import { ReaderSession } from '../reader/reader-session';

/** One open article: its session and the controllers of the panels over it, made and closed together. */
export interface OpenReader {
  readonly session: ReaderSession;
  readonly claims: ClaimsController;
  readonly suggestions: SuggestionsController;
}

/**
 * Opens `opened` for `creator`: the session saves through `client`, and its guard on linked
 * claims asks through the claims controller's dialog. `held`: annotations a new version left
 * for review.
 */
export function openReader(opened: OpenedDocument, creator: Creator, client: Client, held: ReadonlyMap<string, Attention>): OpenReader {
  // The guard asks only once the analyst acts, by which time the controller exists.
  const confirmRemoval: ConfirmRemoval = (question) => claims.confirmRemoval(question);
  const session = new ReaderSession(opened, creator, client, { held, confirmRemoval });
  const suggestions = new SuggestionsController(session, client);
  const claims: ClaimsController = new ClaimsController(session, client, suggestions);
  return { session, claims, suggestions };
}
