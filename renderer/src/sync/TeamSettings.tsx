import { useState } from 'react';
import { describeSyncState } from '../../../shared/sync/describe-sync-state';
import type { Client } from '../ipc/client';
import { formatClock } from '../ui/format-time';
import { messageOf } from '../ui/message-of';
import { useSyncState } from './use-sync-state';

/**
 * Settings › Team: the remote the casebook syncs with (an https, ssh or file URL, or a folder
 * holding a bare repository), with a user and token for https kept in the system keychain (for
 * this session only where the window has none, which it says), and
 * Connect, which syncs at once: an empty store takes the casebook, a store with work sends it.
 * Shows the last sync's state and every file the remote sent that was set aside, with why.
 */
export function TeamSettings({ client }: { client: Client }) {
  const { state, set } = useSyncState(client);
  const [remote, setRemote] = useState('');
  const [user, setUser] = useState('');
  const [token, setToken] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const label = state && describeSyncState(state, (iso) => formatClock(new Date(iso)));

  async function connect(): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      set(
        await client['sync:connect']({ remote: remote.trim(), ...(user.trim() ? { user: user.trim() } : {}), ...(token ? { token } : {}) }),
      );
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <fieldset data-testid="settings-team">
      <legend>Team (sync through git)</legend>
      <label className="field">
        Remote
        <input
          data-testid="team-remote"
          value={remote}
          placeholder={state?.remote ?? 'https://git.example.org/desk/casebook.git'}
          onChange={(e) => setRemote(e.currentTarget.value)}
        />
      </label>
      <label className="field">
        User (https)
        <input data-testid="team-user" value={user} autoComplete="username" onChange={(e) => setUser(e.currentTarget.value)} />
      </label>
      <label className="field">
        {state?.tokenKept === 'session'
          ? 'Token (this window has no system keychain: kept until Factmark closes, never in the casebook)'
          : 'Token (kept in the system keychain, never in the casebook)'}
        <input
          data-testid="team-token"
          type="password"
          value={token}
          autoComplete="current-password"
          onChange={(e) => setToken(e.currentTarget.value)}
        />
      </label>
      <button
        type="button"
        className="button"
        data-testid="team-connect"
        disabled={busy || remote.trim() === ''}
        onClick={() => void connect()}
      >
        {busy ? 'Connecting…' : 'Connect and sync'}
      </button>
      {label && (
        <p data-testid="team-state" data-state={state?.status} title={label.detail}>
          {label.label}. {label.detail}
        </p>
      )}
      {state && state.refused.length > 0 && (
        <ul data-testid="team-refused">
          {state.refused.map((r) => (
            <li key={r.file}>
              {r.file} {r.reason}
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p className="form-error" role="alert" data-testid="team-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
