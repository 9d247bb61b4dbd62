import { useCallback, useEffect, useState } from 'react';
import type { SyncState } from '../../../shared/sync/sync-state';
import type { Client } from '../ipc/client';

/** How often the shown state is read again: main keeps it in memory, so a read costs one IPC call. */
const REFRESH_MS = 5_000;

/**
 * The casebook's sync state from main (`sync:state`), read on mount and every few seconds, and
 * `syncNow` (`sync:now`), which resolves once that sync has ended. Null until the first answer.
 */
export function useSyncState(client: Client): { state: SyncState | null; syncNow: () => Promise<void>; set: (state: SyncState) => void } {
  const [state, setState] = useState<SyncState | null>(null);
  useEffect(() => {
    let live = true;
    const read = () =>
      void client['sync:state']({}).then(
        (s) => live && setState(s),
        () => {},
      );
    read();
    const timer = setInterval(read, REFRESH_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [client]);
  const syncNow = useCallback(async () => {
    setState((s) => (s ? { ...s, running: true } : s));
    setState(await client['sync:now']({}));
  }, [client]);
  return { state, syncNow, set: setState };
}
