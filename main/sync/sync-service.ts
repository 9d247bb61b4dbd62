import type { Creator } from '../../shared/model/annotation';
import { UserFacingError } from '../../shared/ipc/result';
import type { HistoryAnswer } from '../../shared/sync/history-change';
import type { SyncState } from '../../shared/sync/sync-state';
import { readAppHistory } from './read-history';
import { syncCasebook, type SyncResult } from './sync-casebook';
import { APP_SYNC_TIMING, createSyncScheduler, type SyncTiming, type Timers } from './sync-scheduler';
import { recordedRemote, withoutCredentials } from './sync-repository';

/** Where a remote's user and token are kept: the system keychain (Electron's safeStorage) in the app, never the store. */
export interface CredentialVault {
  /** 'keychain': kept across restarts, encrypted by the OS; 'session': kept in memory until the app closes. */
  kind: 'keychain' | 'session';
  get(remote: string): Promise<{ user: string; password: string } | undefined>;
  set(remote: string, credentials: { user: string; password: string }): Promise<void>;
}

/**
 * A vault that keeps a remote's token in this process's memory only, for the session: for a
 * shell without a system keychain (the Chromium window). The Electron shell passes one backed by
 * safeStorage. Never the store.
 */
export function createSessionVault(): CredentialVault {
  const kept = new Map<string, { user: string; password: string }>();
  return {
    kind: 'session',
    get: async (remote) => kept.get(remote),
    set: async (remote, credentials) => {
      kept.set(remote, credentials);
    },
  };
}

/** What the sync service needs from the app. */
export interface SyncServiceDeps {
  storeDir: string;
  /** This machine's analyst, who commits. */
  me: () => Creator;
  /** The store's write announcements (`Store.onWrite`): each arms the after-saves timer; `compactLayers` runs before each sync, so layer files hold every save. */
  writes: { onWrite(listener: (relPath: string) => void): () => void; compactLayers?(): Promise<void> };
  vault: CredentialVault;
  timing?: SyncTiming;
  timers?: Timers;
  now?: () => Date;
  /** Runs one sync; `syncCasebook` unless a test says otherwise. */
  sync?: typeof syncCasebook;
}

/** The state of a store this process does not sync. */
const NOT_SYNCING: SyncState = {
  remote: null,
  running: false,
  status: 'never',
  syncedAt: null,
  toSend: 0,
  reason: null,
  tokenKept: 'session',
  refused: [],
};

/**
 * The sync channels where no sync service runs (the handler tests, a window opened on a store
 * for reading): the state says it never synced, and connecting is refused saying why.
 */
export const SYNC_NOT_RUNNING: SyncService['handlers'] = {
  'sync:state': async () => NOT_SYNCING,
  'sync:now': async () => NOT_SYNCING,
  'sync:connect': () =>
    Promise.reject(new UserFacingError('invalid-request', 'Sync does not run in this window; connect the casebook from the app.')),
  'sync:history': async () => ({ synced: false, changes: [], analysts: {} }),
  'sync:focused': async () => ({}),
};

/** The running app's sync: its state, the IPC handlers, and the focus hook for the window. */
export interface SyncService {
  handlers: {
    'sync:state': () => Promise<SyncState>;
    'sync:now': () => Promise<SyncState>;
    'sync:connect': (input: { remote: string; user?: string; token?: string }) => Promise<SyncState>;
    'sync:history': (input: { documentId: string; annotationId?: string }) => Promise<HistoryAnswer>;
    'sync:focused': () => Promise<Record<string, never>>;
  };
  /** The window gained focus. */
  focused(): void;
  /** Hears every change of state (a sync starting or ending), for the toolbar; returns a function to stop. */
  onState(listener: (state: SyncState) => void): () => void;
  close(): Promise<void>;
}

/**
 * The app's sync, main side: syncs after saves (debounced), on focus, every minute and on
 * "Sync now" (`createSyncScheduler`), only once the store is connected to a remote, and keeps
 * the state the toolbar shows. A save costs the typing path one timer reset; the network is
 * only ever awaited by the scheduler and by `sync:now` / `sync:connect`.
 */
export async function createSyncService(deps: SyncServiceDeps): Promise<SyncService> {
  const now = deps.now ?? (() => new Date());
  const sync = deps.sync ?? syncCasebook;
  const listeners = new Set<(state: SyncState) => void>();
  let state: SyncState = {
    remote: (await recordedRemote(deps.storeDir)) ?? null,
    running: false,
    status: 'never',
    syncedAt: null,
    toSend: 0,
    reason: null,
    tokenKept: deps.vault.kind,
    refused: [],
  };
  const update = (patch: Partial<SyncState>) => {
    state = { ...state, ...patch };
    for (const listener of listeners) listener(state);
  };

  async function runOnce(remote?: string): Promise<void> {
    const target = remote ?? state.remote;
    if (target === null) return;
    update({ running: true });
    try {
      if (deps.writes.compactLayers) await deps.writes.compactLayers();
      const result: SyncResult = await sync({
        storeDir: deps.storeDir,
        me: deps.me(),
        remote,
        credentials: await deps.vault.get(withoutCredentials(target)),
      });
      update({
        running: false,
        remote: withoutCredentials(target),
        status: result.status,
        syncedAt: result.status === 'synced' ? now().toISOString() : state.syncedAt,
        toSend: result.toSend,
        reason: result.reason ?? null,
        refused: result.refused,
      });
    } catch (error) {
      update({ running: false, status: 'refused', reason: error instanceof Error ? error.message : String(error) });
    }
  }

  const scheduler = createSyncScheduler(() => runOnce(), deps.timing ?? APP_SYNC_TIMING, deps.timers);
  const stopWrites = deps.writes.onWrite(() => scheduler.saved());
  return {
    handlers: {
      'sync:state': async () => state,
      'sync:now': async () => {
        await scheduler.now();
        return state;
      },
      'sync:connect': async ({ remote, user, token }) => {
        if (token) await deps.vault.set(withoutCredentials(remote), { user: user ?? 'factmark', password: token });
        await runOnce(remote);
        return state;
      },
      'sync:history': ({ documentId, annotationId }) => readAppHistory(deps.storeDir, documentId, annotationId),
      'sync:focused': async () => {
        scheduler.focused();
        return {};
      },
    },
    focused: () => scheduler.focused(),
    onState(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      stopWrites();
      await scheduler.close();
      listeners.clear();
    },
  };
}
