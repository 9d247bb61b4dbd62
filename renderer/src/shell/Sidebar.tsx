import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { TAGS, type Annotation } from '../../../shared/model/annotation';
import type { ClaimsController } from '../claims/claims-controller';
import type { ReaderSession } from '../reader/reader-session';
import { tagLabel } from '../labels/tag-labels';
import { AnnotationCard } from './AnnotationCard';
import { AttentionCard } from './AttentionCard';
import { formatCount } from '../ui/format-count';
import { TagChip } from '../ui/TagChip';
import { VirtualList } from '../ui/VirtualList';

/** Height of one card row in the list, gap included; must match `.virtual-row .card` in sidebar.css. */
const ROW_HEIGHT = 172;

/**
 * The annotations sidebar: counts and filters per tag, the "Needs attention" list, and every
 * painted annotation as a card in document order (virtualised).
 */
export function Sidebar({ session, claims }: { session: ReaderSession; claims?: ClaimsController }) {
  const snapshot = useSyncExternalStore(session.annotations.subscribe, session.annotations.getSnapshot);
  // Only the active card matters here: selection moves and notices must not re-render the list.
  const activeId = useSyncExternalStore(session.subscribe, () => session.getSnapshot().activeId);
  // The filter lives in the session, so File › Export… can offer it as a scope.
  const hidden = useSyncExternalStore(session.subscribe, () => session.getSnapshot().hiddenTags);

  const visible = useMemo(
    () => (hidden.size === 0 ? snapshot.annotations : snapshot.annotations.filter((a) => !hidden.has(a.body.tag))),
    [snapshot.annotations, hidden],
  );

  const onGo = useCallback((id: string) => session.cursor.goTo(id), [session]);
  const onNote = useCallback((id: string, note: string) => session.setNote(id, note), [session]);
  const onRemove = useCallback((id: string) => session.remove(id), [session]);
  const render = useCallback(
    (a: Annotation) => (
      <AnnotationCard annotation={a} active={a.id === activeId} onGo={onGo} onNote={onNote} onRemove={onRemove} claims={claims} />
    ),
    [activeId, onGo, onNote, onRemove, claims],
  );
  return (
    <aside className="sidebar" data-testid="sidebar" aria-label="Annotations">
      <header className="sidebar-head">
        <h2>
          Annotations <span className="sidebar-total">{formatCount(snapshot.annotations.length)}</span>
        </h2>
        <div className="tag-filters" role="group" aria-label="Show tags">
          {TAGS.map((tag) => (
            <button
              key={tag}
              type="button"
              className="filter-button"
              data-testid={`filter-${tag}`}
              aria-pressed={!hidden.has(tag)}
              title={`${hidden.has(tag) ? 'Show' : 'Hide'} ${tagLabel(tag).toLowerCase()} cards`}
              onClick={() => session.toggleTagFilter(tag)}
            >
              <TagChip tag={tag} />
              <span className="filter-count" data-testid={`count-${tag}`}>
                {formatCount(snapshot.counts[tag])}
              </span>
            </button>
          ))}
        </div>
      </header>
      {snapshot.attention.length > 0 && (
        <details className="attention" data-testid="attention-list" open>
          <summary>
            Needs attention <span className="attention-count">{snapshot.attention.length}</span>
          </summary>
          <p className="hint">These annotations could not be placed with confidence. They are kept, not shown in the text.</p>
          <div className="attention-items">
            {snapshot.attention.map((item) => (
              <AttentionCard
                key={item.annotation.id}
                item={item}
                text={session.text}
                onPreview={(range) => session.cursor.preview(range)}
                onPlace={(id, range) => session.placeAt(id, range)}
                onDiscard={(id) => session.discard(id)}
              />
            ))}
          </div>
        </details>
      )}
      {visible.length === 0 ? (
        <div className="sidebar-empty" data-testid="sidebar-empty">
          {snapshot.annotations.length === 0 ? (
            <>
              <p>No annotations yet.</p>
              <p className="hint">
                Click a sentence (or press <kbd>J</kbd>), then press <kbd>1</kbd> claim, <kbd>2</kbd> denial or <kbd>3</kbd> evidence.
              </p>
            </>
          ) : (
            <p className="hint">Every tag is filtered out.</p>
          )}
        </div>
      ) : (
        <VirtualList
          items={visible}
          rowHeight={ROW_HEIGHT}
          keyOf={(a) => a.id}
          render={render}
          revealKey={activeId}
          label="Annotations in document order"
          testId="annotation-list"
        />
      )}
    </aside>
  );
}
