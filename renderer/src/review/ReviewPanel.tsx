import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { describeDisagreement } from '../../../shared/review/disagreements';
import { REVIEW_STATES } from '../../../shared/review/review-state';
import type { ReaderSession } from '../reader/reader-session';
import { AgreementPanel } from './AgreementPanel';
import { LayerToggles } from './LayerToggles';
import type { ReviewController, ReviewItem } from './review-controller';
import { ReviewList } from './ReviewList';
import { ReviewStateBadge } from './ReviewStateBadge';

/**
 * The sidebar in review mode: the layers, the disagreement navigator, the agreement figures,
 * files that could not be read, and every visible colleague annotation with its state,
 * decision buttons and thread.
 */
export function ReviewPanel({
  controller,
  session,
  onImport,
}: {
  controller: ReviewController;
  session: ReaderSession;
  onImport: () => void;
}) {
  const review = useSyncExternalStore(controller.subscribe, controller.getSnapshot);
  const own = useSyncExternalStore(session.annotations.subscribe, session.annotations.getSnapshot);
  const { layers, disagreements, cursor } = review;
  const names = useMemo(
    () => new Map((layers ? [layers.me, ...layers.colleagues.map((c) => c.analyst)] : []).map((a) => [a.id, a.name])),
    [layers],
  );
  const counts = useMemo(() => {
    const byState = new Map<string, number>();
    for (const item of review.items) byState.set(item.state, (byState.get(item.state) ?? 0) + 1);
    return byState;
  }, [review.items]);

  const onGo = useCallback((item: ReviewItem) => session.cursor.preview(item.annotation.target.selector.position), [session]);
  const onDecide = useCallback(
    (item: ReviewItem, decision: 'accepted' | 'rejected' | 'undecided') => void controller.decide(item, decision),
    [controller],
  );
  const onReply = useCallback((item: ReviewItem, text: string, parentId?: string) => controller.reply(item, text, parentId), [controller]);
  const current = cursor >= 0 ? disagreements[cursor] : undefined;

  return (
    <aside className="sidebar review-panel" data-testid="review-panel" aria-label="Review">
      <header className="sidebar-head">
        <h2>Review</h2>
        <button
          type="button"
          className="button"
          data-testid="import-colleague"
          onClick={onImport}
          title="Import a colleague's annotations file as their layer"
        >
          Import colleague’s file…
        </button>
      </header>
      {review.error && (
        <p className="form-error" role="alert" data-testid="review-error">
          {review.error}
        </p>
      )}
      {!layers ? (
        <p className="hint">Loading the layers…</p>
      ) : (
        <>
          <LayerToggles
            layers={layers}
            ownCount={own.annotations.length}
            hidden={review.hidden}
            onToggle={(id) => controller.toggleLayer(id)}
          />
          {layers.problems.length > 0 && (
            <ul className="review-problems" data-testid="review-problems">
              {layers.problems.map((p) => (
                <li key={p.file}>
                  <code>{p.file}</code>: {p.problem}
                </li>
              ))}
            </ul>
          )}
          <section className="disagreement-nav" aria-label="Disagreements" data-testid="disagreement-nav">
            <button
              type="button"
              className="button"
              data-testid="disagreement-previous"
              onClick={() => controller.step(-1)}
              title="Previous disagreement ([)"
            >
              ← <kbd>[</kbd>
            </button>
            <span className="disagreement-count" data-testid="disagreement-count" aria-live="polite">
              {disagreements.length === 0
                ? 'No disagreements'
                : current
                  ? `${cursor + 1} of ${disagreements.length} disagreements`
                  : `${disagreements.length} disagreement${disagreements.length === 1 ? '' : 's'}`}
            </span>
            <button
              type="button"
              className="button"
              data-testid="disagreement-next"
              onClick={() => controller.step(1)}
              title="Next disagreement (])"
            >
              <kbd>]</kbd> →
            </button>
            {current && (
              <p className="disagreement-kind" data-testid="disagreement-kind">
                {describeDisagreement(current.kinds)}
              </p>
            )}
          </section>
          <p className="review-legend" aria-label="States">
            {REVIEW_STATES.map((state) => (
              <span key={state} className="review-legend-item">
                <ReviewStateBadge state={state} /> {counts.get(state) ?? 0}
              </span>
            ))}
          </p>
          {review.agreement && layers.colleagues.length > 0 && (
            <AgreementPanel
              report={review.agreement}
              names={names}
              onShowSentence={(start, end) => session.cursor.preview({ start, end })}
            />
          )}
          {layers.colleagues.length === 0 ? (
            <div className="sidebar-empty" data-testid="review-empty">
              <p>No colleague has annotated this article in this casebook yet.</p>
              <p className="hint">Their files appear here as soon as they save, or import one with the button above.</p>
            </div>
          ) : (
            <ReviewList items={review.items} onGo={onGo} onDecide={onDecide} onReply={onReply} />
          )}
        </>
      )}
    </aside>
  );
}
