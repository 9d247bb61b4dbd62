import { useState, useSyncExternalStore } from 'react';
import type { ReviewEntry } from '../../../shared/versions/version-record';
import type { AttentionItem } from '../annotations/attention';
import { TagChip } from '../ui/TagChip';
import type { ReaderSession } from '../reader/reader-session';

const STATUS_LABEL: Record<ReviewEntry['status'], string> = {
  moved: 'Sentence edited',
  ambiguous: 'Fits several places',
  orphan: 'Text gone',
};

/**
 * What a new version did to the analyst's annotations: each one re-anchoring could not settle
 * alone, with what it quoted before and where it may be now. Confirm accepts the proposed place,
 * Fix attaches it to the text selected in the reader, Drop deletes it; all three go through the
 * annotation store, so Ctrl+Z undoes them and autosave stores them. An item stays listed (and in
 * "Needs attention") until then.
 */
export function ReanchorReview({ session, review }: { session: ReaderSession; review: readonly ReviewEntry[] }) {
  const snapshot = useSyncExternalStore(session.annotations.subscribe, session.annotations.getSnapshot);
  const [notice, setNotice] = useState('');
  const entries = new Map(review.map((e) => [e.annotationId, e]));
  const items = snapshot.attention.filter((item) => entries.has(item.annotation.id));
  if (items.length === 0) return null;

  const fix = (item: AttentionItem) => {
    const range = session.getSnapshot().selection.range;
    if (!range) {
      setNotice('Select the right text in the article first, then press Fix.');
      return;
    }
    setNotice('');
    session.placeAt(item.annotation.id, range);
    session.focusArticle();
  };

  return (
    <section className="reanchor-review" data-testid="reanchor-review" aria-label="Annotations to review after the new version">
      <h2>
        Review {items.length} annotation{items.length === 1 ? '' : 's'} after the new version
      </h2>
      <p className="hint">
        The text under these changed. Confirm the proposed place, or select the right text and press Fix, or drop the annotation.
      </p>
      <ul className="reanchor-items">
        {items.map((item) => {
          const entry = entries.get(item.annotation.id)!;
          const proposed = item.candidates[0];
          return (
            <li
              key={item.annotation.id}
              className="reanchor-item"
              data-testid="reanchor-item"
              data-status={entry.status}
              data-annotation-id={item.annotation.id}
            >
              <div className="reanchor-head">
                <TagChip tag={item.annotation.body.tag} />
                <span className="reanchor-status">{STATUS_LABEL[entry.status]}</span>
                <span className="hint">in version {entry.version}</span>
              </div>
              <p className="reanchor-was">
                <span className="reanchor-label">Was:</span> <q data-testid="reanchor-was">{entry.previous.quote.exact}</q>
              </p>
              {proposed && (
                <p className="reanchor-now">
                  <span className="reanchor-label">{entry.status === 'orphan' ? 'Closest:' : 'Now:'}</span>{' '}
                  <button
                    type="button"
                    className="link-button"
                    data-testid="reanchor-now"
                    onClick={() => session.cursor.preview(proposed)}
                    title="Show this place in the article"
                  >
                    {session.text.slice(proposed.start, proposed.end)}
                  </button>
                </p>
              )}
              <div className="reanchor-actions">
                <button
                  type="button"
                  className="button button-small"
                  data-testid="reanchor-confirm"
                  disabled={!proposed || entry.status === 'orphan'}
                  onClick={() => proposed && session.placeAt(item.annotation.id, proposed)}
                  title="Keep the annotation on the proposed place"
                >
                  Confirm
                </button>
                <button
                  type="button"
                  className="button button-small"
                  data-testid="reanchor-fix"
                  onClick={() => fix(item)}
                  title="Attach the annotation to the text selected in the article"
                >
                  Fix
                </button>
                <button
                  type="button"
                  className="button button-small"
                  data-testid="reanchor-drop"
                  onClick={() => session.discard(item.annotation.id)}
                  title="Delete the annotation (Ctrl+Z undoes)"
                >
                  Drop
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <p className="reanchor-notice" role="status" data-testid="reanchor-notice">
        {notice}
      </p>
    </section>
  );
}
