import type { ArticleOverview } from '../../../shared/model/article-overview';
import { formatDay } from '../ui/format-time';

interface TrashListProps {
  cards: readonly ArticleOverview[];
  onRestore: (card: ArticleOverview) => void;
  /** Asks to delete these articles for good (the caller confirms first). */
  onDeleteForGood: (cards: readonly ArticleOverview[]) => void;
  onClose: () => void;
}

/**
 * The analyst's trash: each article put there, when, with Restore and Delete permanently, and
 * Empty Trash for all of them; until one of those is confirmed nothing here has left the disk.
 */
export function TrashList({ cards, onRestore, onDeleteForGood, onClose }: TrashListProps) {
  return (
    <div className="library-trash" data-testid="trash-view">
      <div className="library-trash-header">
        <h1 id="library-heading">Trash</h1>
        <div className="toolbar-group">
          <button
            type="button"
            className="button"
            data-testid="trash-empty"
            disabled={cards.length === 0}
            onClick={() => onDeleteForGood(cards)}
          >
            Empty Trash…
          </button>
          <button type="button" className="button" data-testid="trash-close" onClick={onClose}>
            Back to the library
          </button>
        </div>
      </div>
      <p className="hint">Articles here are still on disk, with every annotation, until the trash is emptied.</p>
      {cards.length === 0 ? (
        <p className="empty-state" data-testid="trash-empty-state">
          The trash is empty.
        </p>
      ) : (
        <ul className="library-list" aria-label="Articles in the trash">
          {cards.map((card) => (
            <li key={card.summary.id} className="library-card" data-testid="trash-item" data-document-id={card.summary.id}>
              <div className="library-item library-item-static">
                <span className="library-title">{card.displayTitle}</span>
                <span className="library-meta">{card.trashedAt && <span>Moved to the trash {formatDay(card.trashedAt)}</span>}</span>
              </div>
              <div className="library-card-actions">
                <button
                  type="button"
                  className="button"
                  data-testid="trash-restore"
                  onClick={() => onRestore(card)}
                  aria-label={`Restore ${card.displayTitle}`}
                >
                  Restore
                </button>
                <button
                  type="button"
                  className="button"
                  data-testid="trash-delete"
                  onClick={() => onDeleteForGood([card])}
                  aria-label={`Delete ${card.displayTitle} permanently`}
                >
                  Delete permanently…
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
