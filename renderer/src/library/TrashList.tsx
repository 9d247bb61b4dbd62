import type { ArticleOverview } from '../../../shared/model/article-overview';
import { formatDay } from '../ui/format-time';

interface TrashListProps {
  cards: readonly ArticleOverview[];
  onRestore: (card: ArticleOverview) => void;
  onClose: () => void;
}

/** The analyst's trash: each article put there, when, and a Restore button; nothing here has left the disk. */
export function TrashList({ cards, onRestore, onClose }: TrashListProps) {
  return (
    <div className="library-trash" data-testid="trash-view">
      <div className="library-trash-header">
        <h1 id="library-heading">Trash</h1>
        <button type="button" className="button" data-testid="trash-close" onClick={onClose}>
          Back to the library
        </button>
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
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
