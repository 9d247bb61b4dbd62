import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { TAGS } from '../../../shared/model/annotation';
import { VERDICT_SUMMARY_KEYS, type ArticleOverview } from '../../../shared/model/article-overview';
import { TAG_LETTERS, tagLabel } from '../labels/tag-labels';
import { formatDay } from '../ui/format-time';
import { useChangedAtSource } from '../versions/changed-at-source';
import { verdictWord } from './verdict-words';

interface LibraryCardProps {
  card: ArticleOverview;
  renaming: boolean;
  onOpen: () => void;
  onStartRename: () => void;
  onRename: (title: string | null) => void;
  onTrash: () => void;
}

/** The claims' verdicts in one line, "2 False · 1 Not rated yet"; empty when there are no claims. */
function verdictSummary(card: ArticleOverview): string {
  return VERDICT_SUMMARY_KEYS.filter((k) => card.tally.verdicts[k] > 0)
    .map((k) => `${card.tally.verdicts[k]} ${verdictWord(k)}`)
    .join(' · ');
}

/** The title field of a card being renamed: Enter keeps the title, Escape (or leaving it) cancels. */
function RenameField({ initial, onDone }: { initial: string; onDone: (title: string | null) => void }) {
  const [value, setValue] = useState(initial);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.select(), []);
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') onDone(value);
    else if (event.key === 'Escape') onDone(null);
    else return;
    event.preventDefault();
    event.stopPropagation();
  };
  return (
    <input
      ref={input}
      className="library-rename"
      data-testid="library-rename-input"
      aria-label="Title shown in the library"
      value={value}
      maxLength={500}
      onChange={(e) => setValue(e.target.value)}
      onKeyDown={onKeyDown}
      onBlur={() => onDone(null)}
    />
  );
}

/**
 * One article in the library: its title (the analyst's own, if renamed), dates and size, the
 * count per tag from every analyst, a summary of the claims' verdicts and whether its web page
 * changed since it was annotated; F2 renames it and Delete puts it in the trash, like the card's
 * two buttons.
 */
export function LibraryCard({ card, renaming, onOpen, onStartRename, onRename, onTrash }: LibraryCardProps) {
  const { summary, tally } = card;
  const verdicts = verdictSummary(card);
  const changedSince = useChangedAtSource(summary.id);
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'F2') onStartRename();
    else if (event.key === 'Delete') onTrash();
    else return;
    event.preventDefault();
  };
  return (
    <li className="library-card">
      {renaming ? (
        <RenameField initial={card.displayTitle} onDone={onRename} />
      ) : (
        <button
          type="button"
          className="library-item"
          data-testid="library-item"
          data-document-id={summary.id}
          onClick={onOpen}
          onKeyDown={onKeyDown}
          aria-keyshortcuts="F2 Delete"
        >
          <span className="library-title" data-testid="library-title">
            {card.displayTitle}
          </span>
          <span className="library-meta">
            {summary.byline && <span>{summary.byline}</span>}
            {summary.published && <span>Published {formatDay(summary.published)}</span>}
            <span>Imported {formatDay(summary.importedAt)}</span>
            {card.lastOpened && <span>Opened {formatDay(card.lastOpened.at)}</span>}
            <span className="library-file">{summary.fileName}</span>
            <span>{Math.max(1, Math.round(summary.characters / 1000)).toLocaleString()}k characters</span>
          </span>
          <span className="library-tally">
            {TAGS.map((tag) => (
              <span
                key={tag}
                className={`library-count library-count-${tag}`}
                data-testid={`card-count-${tag}`}
                data-count={tally.tags[tag]}
              >
                <span className="library-count-letter" aria-hidden="true">
                  {TAG_LETTERS[tag]}
                </span>
                {tally.tags[tag]} {tagLabel(tag).toLowerCase()}
                {tag !== 'evidence' && tally.tags[tag] !== 1 ? 's' : ''}
              </span>
            ))}
            {verdicts && (
              <span className="library-verdicts" data-testid="card-verdicts">
                Verdicts: {verdicts}
              </span>
            )}
            {changedSince && (
              <span className="library-verdicts" data-testid="card-changed">
                Changed since annotated ({formatDay(changedSince)})
              </span>
            )}
          </span>
        </button>
      )}
      <div className="library-card-actions">
        <button
          type="button"
          className="button button-quiet"
          data-testid="library-rename"
          onClick={onStartRename}
          aria-label={`Rename ${card.displayTitle}`}
        >
          Rename <kbd>F2</kbd>
        </button>
        <button
          type="button"
          className="button button-quiet"
          data-testid="library-trash"
          onClick={onTrash}
          aria-label={`Move ${card.displayTitle} to the trash`}
        >
          Move to trash <kbd>Del</kbd>
        </button>
      </div>
    </li>
  );
}
