import { useEffect } from 'react';
import { describeSyncState } from '../../../shared/sync/describe-sync-state';
import type { Client } from '../ipc/client';
import { formatClock } from '../ui/format-time';
import { onSyncNowRequest } from './sync-requests';
import { useSyncState } from './use-sync-state';
import './sync.css';

/**
 * The toolbar's sync state ("Synced at 14:05", "Offline — 3 changes to send", "Sign-in needed"…)
 * and Sync now; nothing while the casebook has no remote. It tells main when the window gains
 * focus (a sync is then due), in either shell, and syncs when the registry's Sync Now
 * (Ctrl+Shift+S) asks.
 */
export function SyncStatus({ client }: { client: Client }) {
  const { state, syncNow } = useSyncState(client);
  useEffect(() => {
    const focused = () => void client['sync:focused']({}).catch(() => {});
    window.addEventListener('focus', focused);
    return () => window.removeEventListener('focus', focused);
  }, [client]);
  useEffect(() => onSyncNowRequest(() => void syncNow()), [syncNow]);
  const label = state && describeSyncState(state, (iso) => formatClock(new Date(iso)));
  if (!state || !label) return null;
  return (
    <span
      className={`sync-status sync-status-${label.tone}`}
      data-testid="sync-status"
      data-state={state.running ? 'running' : state.status}
      title={label.detail}
      role="status"
    >
      {label.label}
      <button
        type="button"
        className="button button-quiet"
        data-testid="sync-now"
        disabled={state.running}
        onClick={() => void syncNow()}
        title="Sync now (Ctrl+Shift+S)"
      >
        Sync now
      </button>
    </span>
  );
}
