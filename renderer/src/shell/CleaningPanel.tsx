import { useState } from 'react';
import type { DroppedLine } from '../../../shared/model/article';

interface CleaningProps {
  dropped: readonly DroppedLine[];
  /** Whether the article came from plain text, where `line` is a source line; elsewhere it only numbers what was dropped. */
  fromPlainText: boolean;
  onRestore: (lines: number[]) => Promise<void>;
  onClose: () => void;
}

/** The lines cleaning left out, each with its reason and a Restore button (restoring reloads the article). */
export function CleaningPanel({ dropped, fromPlainText, onRestore, onClose }: CleaningProps) {
  const [busy, setBusy] = useState(false);
  const restore = (lines: number[]) => {
    setBusy(true);
    void onRestore(lines).finally(() => setBusy(false));
  };
  return (
    <section className="cleaning-panel" data-testid="cleaning-panel" aria-label="Lines dropped by cleaning">
      <header className="cleaning-head">
        <h2>Dropped while cleaning</h2>
        <button
          type="button"
          className="button button-small"
          disabled={busy}
          data-testid="restore-all"
          onClick={() => restore(dropped.map((d) => d.line))}
        >
          Restore all
        </button>
        <button type="button" className="button button-quiet button-small" onClick={onClose} aria-label="Close">
          ✕
        </button>
      </header>
      <ul className="cleaning-list">
        {dropped.map((line) => (
          <li key={line.line} className="dropped-line" data-testid="dropped-line" data-line={line.line}>
            <span className="dropped-number">
              {line.page !== undefined ? `page ${line.page}` : fromPlainText ? `line ${line.line + 1}` : `#${line.line + 1}`}
            </span>
            <span className="dropped-text">{line.text || <em>(empty)</em>}</span>
            <span className="dropped-reason">{line.reason}</span>
            <button
              type="button"
              className="button button-small"
              disabled={busy}
              data-testid="restore-line"
              onClick={() => restore([line.line])}
            >
              Restore
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
