import { useState } from 'react';
import {
  APPEARANCES,
  READING_WIDTHS,
  TEXT_SIZE_MAX,
  TEXT_SIZE_MIN,
  TEXT_SIZE_STEP,
  type ReaderPreferences,
} from '../../../shared/model/library-state';
import type { Client } from '../ipc/client';
import { messageOf } from '../ui/message-of';
import { changeReaderPreferences, useReaderPreferences } from './reader-preferences';

const APPEARANCE_LABELS = { system: 'As the system', light: 'Light', dark: 'Dark' } as const;
const WIDTH_LABELS = { narrow: 'Narrow', medium: 'Medium', wide: 'Wide' } as const;

/**
 * Appearance and reading: theme, text size, reading width and reopening the last article, each
 * applied and kept as soon as it changes (not on Save: they are this analyst's alone); and the
 * store's folder, with buttons copying its path and showing it in the system's file manager.
 */
export function ReadingSettings({ client }: { client: Client }) {
  const { preferences, storeDir } = useReaderPreferences();
  const [problem, setProblem] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const change = (patch: Partial<ReaderPreferences>) => {
    setProblem(null);
    changeReaderPreferences(client, patch).catch((e: unknown) => setProblem(messageOf(e)));
  };
  const copy = () => {
    if (!storeDir) return;
    navigator.clipboard.writeText(storeDir).then(
      () => setCopied(true),
      (e: unknown) => setProblem(messageOf(e)),
    );
  };
  const showFolder = () => {
    setProblem(null);
    client['preferences:showStoreFolder']({}).catch((e: unknown) => setProblem(messageOf(e)));
  };
  return (
    <fieldset className="reading-settings">
      <legend>Appearance and reading</legend>
      <p className="hint">These apply at once, for you only.</p>
      <label className="field">
        Appearance
        <select
          data-testid="settings-appearance"
          value={preferences.appearance}
          onChange={(e) => change({ appearance: e.currentTarget.value as ReaderPreferences['appearance'] })}
        >
          {APPEARANCES.map((a) => (
            <option key={a} value={a}>
              {APPEARANCE_LABELS[a]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        Text size ({preferences.textSize}%, Ctrl+= / Ctrl+- / Ctrl+0)
        <input
          type="range"
          data-testid="settings-text-size"
          min={TEXT_SIZE_MIN}
          max={TEXT_SIZE_MAX}
          step={TEXT_SIZE_STEP}
          value={preferences.textSize}
          onChange={(e) => change({ textSize: Number(e.currentTarget.value) })}
        />
      </label>
      <label className="field">
        Reading width
        <select
          data-testid="settings-reading-width"
          value={preferences.readingWidth}
          onChange={(e) => change({ readingWidth: e.currentTarget.value as ReaderPreferences['readingWidth'] })}
        >
          {READING_WIDTHS.map((w) => (
            <option key={w} value={w}>
              {WIDTH_LABELS[w]}
            </option>
          ))}
        </select>
      </label>
      <label className="field field-inline">
        <input
          type="checkbox"
          data-testid="settings-reopen-last"
          checked={preferences.reopenLast}
          onChange={(e) => change({ reopenLast: e.currentTarget.checked })}
        />
        On start, reopen the article I read last, where I left it
      </label>
      <div className="field">
        Store folder
        <div className="store-folder">
          <code data-testid="settings-store-dir">{storeDir ?? '…'}</code>
          <button type="button" className="button" data-testid="settings-copy-store-dir" onClick={copy} disabled={!storeDir}>
            {copied ? 'Copied' : 'Copy path'}
          </button>
          <button type="button" className="button" data-testid="settings-show-store-dir" onClick={showFolder} disabled={!storeDir}>
            Show in folder
          </button>
        </div>
      </div>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
