const listeners = new Set<() => void>();

/**
 * Asks the mounted sync status to sync now (the registry's Sync Now, Ctrl+Shift+S). The command
 * runs from the shell's registry and the status owns the sync state it shows: this is the one
 * wire between them.
 */
export function requestSyncNow(): void {
  for (const listener of listeners) listener();
}

/** Hears Sync Now requests; returns the unsubscribe function. */
export function onSyncNowRequest(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
