import type { SyncState } from './sync-state';

/** What the toolbar shows for the sync: a short label, a longer explanation, and how it looks. */
export interface SyncLabel {
  label: string;
  detail: string;
  tone: 'quiet' | 'busy' | 'warning' | 'error';
}

/**
 * The toolbar's words for a sync state: "Synced at 14:05", "3 changes to send", "Offline — 3
 * changes to send", "Sign-in needed", "Remote refused", "Syncing…"; null when the casebook is
 * not connected (nothing to show). `time` formats the time of day in the analyst's locale.
 */
export function describeSyncState(state: SyncState, time: (iso: string) => string): SyncLabel | null {
  if (state.remote === null) return null;
  const waiting = state.toSend === 1 ? '1 change to send' : `${state.toSend} changes to send`;
  const refused =
    state.refused.length > 0 ? ` ${state.refused.length} ${state.refused.length === 1 ? 'file' : 'files'} from the remote set aside.` : '';
  if (state.running) return { label: 'Syncing…', detail: `Syncing with ${state.remote}.`, tone: 'busy' };
  switch (state.status) {
    case 'never':
      return { label: 'Not synced yet', detail: `Connected to ${state.remote}; the first sync has not run.`, tone: 'quiet' };
    case 'synced':
      return {
        label: state.toSend > 0 ? waiting : `Synced at ${state.syncedAt ? time(state.syncedAt) : '—'}`,
        detail: `In step with ${state.remote}.${refused}`,
        tone: state.refused.length > 0 ? 'warning' : 'quiet',
      };
    case 'offline':
      return {
        label: state.toSend > 0 ? `Offline — ${waiting}` : 'Offline',
        detail: state.reason ?? 'The remote cannot be reached.',
        tone: 'warning',
      };
    case 'auth':
      return { label: 'Sign-in needed', detail: state.reason ?? 'The remote wants you to sign in (Settings › Team).', tone: 'error' };
    case 'refused':
      return { label: 'Remote refused', detail: state.reason ?? 'The remote refused the changes.', tone: 'error' };
  }
}
