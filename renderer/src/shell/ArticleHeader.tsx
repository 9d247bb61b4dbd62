import { useState } from 'react';
import type { Article } from '../../../shared/model/article';
import { showInvisibleControls as shown } from '../../../shared/text/invisible-controls';
import { CleaningPanel } from './CleaningPanel';
import { formatDay } from '../ui/format-time';
import { textDirection } from '../../../shared/text/text-direction';
import { LanguageButton } from '../versions/LanguageButton';

interface ArticleHeaderProps {
  article: Article;
  onRestore: (lines: number[]) => Promise<void>;
  /** Set while a language change is being stored (its label), else null. */
  changingLanguage: string | null;
  onChangeLanguage: (lang: string, name: string) => void;
}

/** The article's metadata (title, byline, date, source, language), what its import could not bring in, and the cleaning control. */
export function ArticleHeader({ article, onRestore, changingLanguage, onChangeLanguage }: ArticleHeaderProps) {
  const [showCleaning, setShowCleaning] = useState(false);
  const { metadata, cleaning } = article;
  const restored = new Set(cleaning.restored);
  const dropped = cleaning.dropped.filter((d) => !restored.has(d.line));
  const startsWithTitle = article.blocks[0]?.type === 'title';
  const date = metadata.publishedText ?? (metadata.published ? formatDay(metadata.published) : null);
  return (
    <header className="article-header">
      {!startsWithTitle && (
        <h1 className="article-title" lang={article.lang} dir={textDirection(metadata.title) ?? undefined}>
          {shown(metadata.title || article.source.fileName)}
        </h1>
      )}
      <p className="article-meta">
        {metadata.byline && <span data-testid="reader-byline">{shown(metadata.byline)}</span>}
        {date && (
          <time data-testid="reader-date" dateTime={metadata.published}>
            {date}
          </time>
        )}
        {metadata.site && <span>{shown(metadata.site)}</span>}
        <LanguageButton lang={article.lang} changing={changingLanguage} onChange={onChangeLanguage} />
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
