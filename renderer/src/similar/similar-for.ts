import type { ReaderSession } from '../reader/reader-session';
import { bridgeClient } from './bridge-client';
import { SimilarController } from './similar-controller';

const controllers = new WeakMap<ReaderSession, SimilarController>();

/**
 * The similar claims of the open article `session`, one controller per session, shared by the
 * reader's panel and the claim record's, so both show the same matches and the key acts once.
 * Null outside the app's page.
 */
export function similarFor(session: ReaderSession): SimilarController | null {
  const known = controllers.get(session);
  if (known) return known;
  const client = bridgeClient();
  if (!client) return null;
  const controller = new SimilarController(session, client);
  controllers.set(session, controller);
  return controller;
}
