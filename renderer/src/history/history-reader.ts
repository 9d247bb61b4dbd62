import type { HistoryAnswer } from '../../../shared/sync/history-change';
import { createClient, findBridge } from '../ipc/client';

/** Reads an annotation's history (`sync:history`): who changed which field, when, oldest first. */
export type HistoryReader = (input: { documentId: string; annotationId?: string }) => Promise<HistoryAnswer>;

/**
 * The history reader of this window, through the bridge every request goes through, its
 * answers checked against the contract like every other; null outside the app (no bridge). The
 * claim record is drawn under the claims controller, which holds no client of its own, and the
 * window has one bridge, so the panel asks it directly.
 */
export function bridgeHistoryReader(): HistoryReader | null {
  const bridge = findBridge();
  return bridge ? createClient(bridge)['sync:history'] : null;
}
