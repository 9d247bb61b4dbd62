import type { ArticleOverview } from '../../../shared/model/article-overview';
import { formatDay } from '../ui/format-time';
import { recentCards } from './library-order';

/** How many recently opened articles the library shows above the list. */
const RECENT_LIMIT = 5;

/** The articles opened most recently, most recent first; nothing until one has been opened. */
export function RecentList({ cards, onOpen }: { cards: readonly ArticleOverview[]; onOpen: (documentId: string) => void }) {
  const recent = recentCards(cards, RECENT_LIMIT);
  if (recent.length === 0) return null;
  return (
    <nav className="library-recent" data-testid="library-recent" aria-labelledby="library-recent-heading">
      <h2 id="library-recent-heading">Recent</h2>
      <ol>
        {recent.map((card) => (
          <li key={card.summary.id}>
            <button
              type="button"
              className="library-recent-item"
              data-testid="recent-item"
              data-document-id={card.summary.id}
              onClick={() => onOpen(card.summary.id)}
            >
              <span className="library-recent-title">{card.displayTitle}</span>
              {card.lastOpened && <span className="library-recent-when">{formatDay(card.lastOpened.at)}</span>}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
