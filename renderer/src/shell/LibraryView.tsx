import { useEffect, useState, type KeyboardEvent } from 'react';
import type { ArticleSummary } from '../../../shared/model/article';
import type { Client } from '../ipc/client';
import { formatDay } from '../ui/format-time';
import { messageOf } from '../ui/message-of';

interface LibraryProps {
  client: Client;
  /** Changes whenever the list may have changed (after an import), to reload it. */
  version: number;
  onOpen: (documentId: string) => void;
  onOpenFile: () => void;
  onPaste: () => void;
  onHelp: () => void;
  onError: (message: string) => void;
}

function moveFocus(event: KeyboardEvent<HTMLUListElement>) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const items = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('[data-testid="library-item"]')];
  const at = items.indexOf(document.activeElement as HTMLButtonElement);
  const next = items[Math.min(items.length - 1, Math.max(0, at + (event.key === 'ArrowDown' ? 1 : -1)))];
  event.preventDefault();
  next?.focus();
}

/** The list of imported articles with the import actions; click or Enter opens one. */
export function LibraryView(props: LibraryProps) {
  const { client, version, onError } = props;
  const [articles, setArticles] = useState<ArticleSummary[] | null>(null);
  useEffect(() => {
    let cancelled = false;
    client['library:list']({}).then(
      (list) => !cancelled && setArticles(list),
      (e: unknown) => !cancelled && (setArticles([]), onError(messageOf(e))),
    );
    return () => {
      cancelled = true;
    };
  }, [client, version, onError]);

  return (
    <main className="library" data-testid="library">
      <header className="toolbar">
        <span className="brand">
          <span className="brand-mark" aria-hidden="true">
            F
          </span>
          Factmark
        </span>
        <div className="toolbar-group">
          <button type="button" className="button button-primary" data-testid="open-file" onClick={props.onOpenFile}>
            Open file… <kbd>Ctrl+O</kbd>
          </button>
          <button type="button" className="button" data-testid="paste-article" onClick={props.onPaste}>
            Paste as new article <kbd>Ctrl+Shift+V</kbd>
          </button>
        </div>
        <span className="toolbar-spacer" />
        <button
          type="button"
          className="button button-quiet"
          data-testid="help-button"
          onClick={props.onHelp}
          aria-label="Keyboard shortcuts"
        >
          ?
        </button>
      </header>
      <section className="library-body" aria-labelledby="library-heading">
        <h1 id="library-heading">Library</h1>
        {articles === null ? (
          <p className="hint" role="status">
            Loading articles…
          </p>
        ) : articles.length === 0 ? (
          <div className="empty-state" data-testid="library-empty">
            <p>No articles yet.</p>
            <p className="hint">Open a file, paste text, or drop a file anywhere in this window.</p>
          </div>
        ) : (
          <ul className="library-list" onKeyDown={moveFocus}>
            {articles.map((article) => (
              <li key={article.id}>
                <button
                  type="button"
                  className="library-item"
                  data-testid="library-item"
                  data-document-id={article.id}
                  onClick={() => props.onOpen(article.id)}
                >
                  <span className="library-title">{article.title || article.fileName}</span>
                  <span className="library-meta">
                    {article.byline && <span>{article.byline}</span>}
                    {article.published && <span>Published {formatDay(article.published)}</span>}
                    <span>Imported {formatDay(article.importedAt)}</span>
                    <span className="library-file">{article.fileName}</span>
                    <span>{Math.max(1, Math.round(article.characters / 1000)).toLocaleString()}k characters</span>
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
