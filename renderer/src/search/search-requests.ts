import type { TextRange } from '../text/text-range';

/** What the search keys ask for: the find bar over the open article, or the library search. */
export type SearchRequest = 'find-in-article' | 'search-library';

const listeners = new Map<SearchRequest, Set<() => void>>();

/**
 * Asks the mounted find bar (or library search) to open and take focus. The commands run from
 * the shell's registry, the bars live inside the views they search: this is the one wire
 * between them, so neither owns the other.
 */
export function requestSearch(request: SearchRequest): void {
  for (const listener of listeners.get(request) ?? []) listener();
}

/** Hears `request`; returns the unsubscribe function. */
export function onSearchRequest(request: SearchRequest, listener: () => void): () => void {
  const set = listeners.get(request) ?? new Set();
  listeners.set(request, set);
  set.add(listener);
  return () => set.delete(listener);
}

/** Where a library search result opens its article: the matched span, or the annotation whose note or record matched. */
export interface SearchJump {
  documentId: string;
  range: TextRange | null;
}

let pendingJump: SearchJump | null = null;
const jumpListeners = new Set<() => void>();

/** Remembers where the article about to open should land; the reader takes it once open, or at once when it already is. */
export function setPendingJump(jump: SearchJump): void {
  pendingJump = jump;
  for (const listener of jumpListeners) listener();
}

/** Hears each new pending jump (whichever article it is for); returns the unsubscribe function. */
export function onPendingJump(listener: () => void): () => void {
  jumpListeners.add(listener);
  return () => jumpListeners.delete(listener);
}

/** The jump waiting for `documentId`, once: later openings of the article start as usual. */
export function takePendingJump(documentId: string): SearchJump | null {
  const jump = pendingJump?.documentId === documentId ? pendingJump : null;
  if (jump) pendingJump = null;
  return jump;
}
