import { useState } from 'react';
import type { Article } from '../../../shared/model/article';
import { showInvisibleControls as shown } from '../../../shared/text/invisible-controls';
import { CleaningPanel } from './CleaningPanel';
import { formatDay } from '../ui/format-time';

/** The article's metadata (title, byline, date, source), what its import could not bring in, and the cleaning control. */
export function ArticleHeader({ article, onRestore }: { article: Article; onRestore: (lines: number[]) => Promise<void> }) {
  const [showCleaning, setShowCleaning] = useState(false);
  const { metadata, cleaning } = article;
  const restored = new Set(cleaning.restored);
  const dropped = cleaning.dropped.filter((d) => !restored.has(d.line));
  const startsWithTitle = article.blocks[0]?.type === 'title';
  const date = metadata.publishedText ?? (metadata.published ? formatDay(metadata.published) : null);
  return (
    <header className="article-header">
      {!startsWithTitle && <h1 className="article-title">{shown(metadata.title || article.source.fileName)}</h1>}
      <p className="article-meta">
        {metadata.byline && <span data-testid="reader-byline">{shown(metadata.byline)}</span>}
        {date && (
          <time data-testid="reader-date" dateTime={metadata.published}>
            {date}
          </time>
        )}
        {metadata.site && <span>{shown(metadata.site)}</span>}
        {article.lang && (
          <span data-testid="reader-lang" title={`Language: ${article.lang}`}>
            {languageName(article.lang)}
          </span>
        )}
        <span className="article-file" title={`Imported ${formatDay(article.source.importedAt)}`}>
          {shown(article.source.fileName)}
        </span>
        {dropped.length > 0 && (
          <button
            type="button"
            className="button button-small"
            data-testid="cleaning-button"
            aria-expanded={showCleaning}
            onClick={() => setShowCleaning((open) => !open)}
          >
            Cleaning: {dropped.length} line{dropped.length === 1 ? '' : 's'} dropped
          </button>
        )}
      </p>
      {article.importNotes?.map((note) => (
        <p key={note} className="import-note" role="note" data-testid="import-note">
          <span className="notice-icon" aria-hidden="true">
            i
          </span>
          {note}
        </p>
      ))}
      {showCleaning && dropped.length > 0 && (
        <CleaningPanel
          dropped={dropped}
          fromPlainText={article.source.mediaType === 'text/plain'}
          onRestore={onRestore}
          onClose={() => setShowCleaning(false)}
        />
      )}
    </header>
  );
}

// Languages named in English, as the rest of the interface is; the tag itself when the runtime
// has no name for it.
const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

function languageName(lang: string): string {
  try {
    return LANGUAGE_NAMES.of(lang) ?? lang;
  } catch {
    return lang;
  }
}
