import { useSyncExternalStore } from 'react';
import type { ReaderSession } from '../reader/reader-session';
import { TagChip } from '../ui/TagChip';
import { languageName } from '../labels/language-labels';
import type { SuggestionsController } from './suggestions-controller';
import { suggestionKey } from './open-suggestions';

/**
 * The suggester's ranked sentences with the reasons for each. A accepts the marked one (the
 * one on the selection; tags it), X dismisses it; click one to make it current and show its sentence. Nothing is tagged
 * unless the analyst accepts.
 */
export function SuggestionsPanel({ controller, session }: { controller: SuggestionsController; session: ReaderSession }) {
  useSyncExternalStore(session.annotations.subscribe, session.annotations.getSnapshot);
  // A and X act on the suggestion at the selection, so the mark follows the selection.
  useSyncExternalStore(session.subscribe, () => session.getSnapshot().selection);
  const ui = useSyncExternalStore(controller.subscribe, controller.getSnapshot);
  const { state } = ui;
  if (state.status === 'idle' || state.status === 'loading')
    return (
      <p className="hint claims-empty" data-testid="suggestions-loading">
        Reading the article for suggestions…
      </p>
    );
  if (state.status === 'failed') {
    return (
      <p className="claim-warning claims-empty" role="alert" data-testid="suggestions-failed">
        Suggestions failed: {state.error}
      </p>
    );
  }
  if (state.status === 'ready' && state.unsupportedLanguage) {
    return (
      <p className="hint claims-empty" role="status" data-testid="suggestions-unsupported">
        The suggester reads English only. This article is in {languageName(state.unsupportedLanguage)}, so nothing is suggested: tag its
        sentences yourself.
      </p>
    );
  }
  const list = controller.openList();
  const current = controller.target();
  return (
    <section className="suggestions" data-testid="suggestions-panel" aria-label="Suggestions">
      <p className="hint suggestions-help">
        {list.length} suggestion{list.length === 1 ? '' : 's'}, best first. <kbd>A</kbd> accepts, <kbd>X</kbd> dismisses; nothing is tagged
        until you accept.
      </p>
      <ol className="suggestion-list">
        {list.map((s) => {
          const isCurrent = s === current;
          return (
            <li
              key={suggestionKey(s)}
              className={isCurrent ? 'suggestion suggestion-current' : 'suggestion'}
              data-testid="suggestion"
              data-tag={s.tag}
              data-current={isCurrent}
              aria-current={isCurrent}
            >
              <button type="button" className="suggestion-text" onClick={() => controller.focus(s)} title="Show this sentence">
                <span className="suggestion-head">
                  <TagChip tag={s.tag} />
                  <span className="suggestion-score" title="Check-worthiness, 0 to 1">
                    {s.score.toFixed(2)}
                  </span>
                  {s.claimant && s.claimant.attribution !== 'outlet' && <span className="hint">{s.claimant.name}</span>}
                </span>
                <span className="suggestion-sentence">{s.text}</span>
              </button>
              <ul className="suggestion-reasons" data-testid="suggestion-reasons">
                {s.reasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
              <div className="suggestion-actions">
                <button type="button" className="button" data-testid="suggestion-accept" onClick={() => controller.accept(s)}>
                  Accept {isCurrent && <kbd>A</kbd>}
                </button>
                <button
                  type="button"
                  className="button button-quiet"
                  data-testid="suggestion-dismiss"
                  onClick={() => controller.dismiss(s)}
                >
                  Dismiss {isCurrent && <kbd>X</kbd>}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
