/** What the registry's claim-memory commands ask of claim memory's panels: linking the first similar claim, importing fact-checks. */
export type SimilarRequest = 'link-same-claim' | 'import-fact-checks';

const listeners = new Map<SimilarRequest, Set<() => void>>();

/**
 * Asks the similar claims on screen to act (Edit › Link as Same Claim, its key). The command runs
 * from the shell's registry and the panel lives beside the claim it is about: this is the one wire
 * between them. Nothing happens when no panel is showing.
 */
export function requestSimilar(request: SimilarRequest): void {
  for (const listener of listeners.get(request) ?? []) listener();
}

/** Hears `request`; returns the unsubscribe function. */
export function onSimilarRequest(request: SimilarRequest, listener: () => void): () => void {
  const set = listeners.get(request) ?? new Set();
  listeners.set(request, set);
  set.add(listener);
  return () => set.delete(listener);
}
