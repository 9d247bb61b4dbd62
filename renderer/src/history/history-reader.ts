import type { HistoryAnswer } from '../../../shared/sync/history-change';
import type { Bridge } from '../../../shared/ipc/bridge';
import { createClient, findBridge } from '../ipc/client';

/** Reads an annotation's history (`sync:history`): who changed which field, when, oldest first. */
export type HistoryReader = (input: { documentId: string; annotationId?: string }) => Promise<HistoryAnswer>;

/** One reader per bridge: every sidebar card shows a History button, and a client per card would be waste. */
const readers = new WeakMap<Bridge, HistoryReader>();

/**
 * The history reader of this window, through the bridge every request goes through, its
 * answers checked against the contract like every other; null outside the app (no bridge). The
 * claim record and the sidebar cards are drawn under controllers that hold no client of their
 * own, and the window has one bridge, so the panel asks it directly.
 */
export function bridgeHistoryReader(): HistoryReader | null {
  const bridge = findBridge();
  if (!bridge) return null;
  let read = readers.get(bridge);
  if (!read) {
    read = createClient(bridge)['sync:history'];
    readers.set(bridge, read);
  }
  return read;
}
