import { useCallback, useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import type { ArticleOverview } from '../../../shared/model/article-overview';
import type { Client } from '../ipc/client';
import { messageOf } from '../ui/message-of';
import { articleCount, DeleteForGoodDialog } from './DeleteForGoodDialog';
import { LibraryCard } from './LibraryCard';
import { LibraryControls } from './LibraryControls';
import { RecentList } from './RecentList';
import { TrashList } from './TrashList';
import { arrangeLibrary, type LibraryFilter, type LibrarySort } from './library-order';
import './library.css';

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

function withTrashedAt(card: ArticleOverview, trashedAt: string | undefined): ArticleOverview {
  const rest = { ...card };
  delete rest.trashedAt;
  return trashedAt ? { ...rest, trashedAt } : rest;
}

/** What deleting for good did: "Deleted 2 articles permanently; 1 a colleague annotated stays for them, hidden from you." */
function deletedMessage(removed: number, kept: number): string {
  const total = articleCount(removed + kept);
  if (kept === 0) return `Deleted ${total} permanently.`;
  const stays = kept === 1 ? 'stays' : 'stay';
  return `Deleted ${total} permanently; ${kept} a colleague annotated ${stays} in the casebook for them, hidden from you.`;
}

/** Focuses the card of `documentId` (else the first card, else the trash notice's Undo); false while it is not on screen yet. */
function focusCard(documentId: string | undefined): boolean {
  const card = documentId
    ? document.querySelector<HTMLElement>(`[data-testid="library-item"][data-document-id="${CSS.escape(documentId)}"]`)
    : document.querySelector<HTMLElement>('[data-testid="library-item"]');
  const target = card ?? (documentId ? null : document.querySelector<HTMLElement>('[data-testid="library-undo"]'));
  target?.focus();
  return target !== null;
}

/**
 * The library: recently opened articles, every article as a card (sorted and filtered as the
 * analyst chose), renaming and the trash, with the import actions. Click or Enter opens an
 * article; Ctrl+Z right after moving one to the trash brings it back.
 */
export function LibraryView(props: LibraryProps) {
  const { client, version, onError } = props;
  const [cards, setCards] = useState<ArticleOverview[] | null>(null);
  const [reload, setReload] = useState(0);
  const [sort, setSort] = useState<LibrarySort>('added');
  const [filter, setFilter] = useState<LibraryFilter>({});
  const [showTrash, setShowTrash] = useState(false);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [trashedLast, setTrashedLast] = useState<ArticleOverview | null>(null);
  const [deleting, setDeleting] = useState<readonly ArticleOverview[] | null>(null);
  const [deletedNotice, setDeletedNotice] = useState<string | null>(null);
  // Where focus goes once the list has rendered a change: a card's id, or '' for the first card.
  const [focusAfter, setFocusAfter] = useState<string | null>(null);
  useEffect(() => {
    if (focusAfter !== null && focusCard(focusAfter || undefined)) setFocusAfter(null);
  }, [focusAfter, cards, renaming]);

  useEffect(() => {
    let cancelled = false;
    client['library:overview']({}).then(
      (list) => !cancelled && setCards(list),
      (e: unknown) => !cancelled && (setCards([]), onError(messageOf(e))),
    );
    return () => {
      cancelled = true;
    };
  }, [client, version, reload, onError]);

  const run = useCallback(
    (work: Promise<unknown>, after?: () => void) =>
      work.then(
        () => {
          setReload((n) => n + 1);
          after?.();
        },
        (e: unknown) => onError(messageOf(e)),
      ),
    [onError],
  );

  const shelf = useMemo(() => (cards ?? []).filter((c) => !c.trashedAt), [cards]);
  const trash = useMemo(() => (cards ?? []).filter((c) => c.trashedAt), [cards]);
  const listed = useMemo(() => arrangeLibrary(shelf, sort, filter), [shelf, sort, filter]);

  /** Shows a card in or out of the trash at once, before the list is read again. */
  const markTrashed = (id: string, trashedAt: string | undefined) =>
    setCards((list) => list && list.map((card) => (card.summary.id === id ? withTrashedAt(card, trashedAt) : card)));
  const trashCard = (card: ArticleOverview) => {
    const next = listed[listed.indexOf(card) + 1] ?? listed[listed.indexOf(card) - 1];
    void run(client['library:trash']({ documentId: card.summary.id }), () => {
      markTrashed(card.summary.id, new Date().toISOString());
      setTrashedLast(card);
      setFocusAfter(next?.summary.id ?? '');
    });
  };
  const undoTrash = useCallback(() => {
    if (!trashedLast) return;
    const id = trashedLast.summary.id;
    void run(client['library:restore']({ documentId: id }), () => {
      markTrashed(id, undefined);
      setTrashedLast(null);
      setFocusAfter(id);
    });
  }, [client, run, trashedLast]);
  const deleteForGood = (chosen: readonly ArticleOverview[]) => {
    setDeleting(null);
    setTrashedLast(null);
    const documentIds = chosen.map((card) => card.summary.id);
    void client['library:deleteForGood']({ documentIds }).then(
      ({ removed, keptForColleagues }) => {
        setDeletedNotice(deletedMessage(removed, keptForColleagues));
        setReload((n) => n + 1);
      },
      (e: unknown) => {
        setReload((n) => n + 1);
        onError(messageOf(e));
      },
    );
  };
  const rename = (card: ArticleOverview, title: string | null) => {
    setRenaming(null);
    setFocusAfter(card.summary.id);
    if (title === null || title.trim() === card.displayTitle) return;
    void run(client['library:rename']({ documentId: card.summary.id, title }));
  };
  useEffect(() => {
    if (!trashedLast) return;
    // On the window, not the list: the trashed card had focus, and focus may be on the page itself now.
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.key.toLowerCase() !== 'z') return;
      if (event.target instanceof HTMLElement && event.target.matches('input, textarea, select')) return;
      event.preventDefault();
      undoTrash();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [trashedLast, undoTrash]);

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
          data-testid="library-show-trash"
          aria-pressed={showTrash}
          onClick={() => setShowTrash((shown) => !shown)}
        >
          Trash ({trash.length})
        </button>
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
        {deletedNotice && !trashedLast && (
          <p className="library-notice" role="status" data-testid="library-deleted-notice">
            {deletedNotice}
          </p>
        )}
        {trashedLast && (
          <p className="library-notice" role="status" data-testid="library-notice">
            Moved “{trashedLast.displayTitle}” to the trash.{' '}
            <button type="button" className="button button-quiet" data-testid="library-undo" onClick={undoTrash}>
              Undo <kbd>Ctrl+Z</kbd>
            </button>
          </p>
        )}
        {showTrash ? (
          <TrashList
            cards={trash}
            onRestore={(card) => void run(client['library:restore']({ documentId: card.summary.id }))}
            onDeleteForGood={setDeleting}
            onClose={() => setShowTrash(false)}
          />
        ) : (
          <>
            <h1 id="library-heading">Library</h1>
            {cards === null ? (
              <p className="hint" role="status">
                Loading articles…
              </p>
            ) : shelf.length === 0 ? (
              <div className="empty-state" data-testid="library-empty">
                <p>No articles yet.</p>
                <p className="hint">Open a file, paste text, or drop a file anywhere in this window.</p>
              </div>
            ) : (
              <>
                <RecentList cards={shelf} onOpen={props.onOpen} />
                <LibraryControls cards={shelf} sort={sort} filter={filter} onSort={setSort} onFilter={setFilter} />
                <p className="hint" role="status" data-testid="library-count">
                  {listed.length === shelf.length
                    ? `${shelf.length} ${shelf.length === 1 ? 'article' : 'articles'}`
                    : `${listed.length} of ${shelf.length} articles`}
                </p>
                <ul className="library-list" onKeyDown={moveFocus} aria-label="Articles">
                  {listed.map((card) => (
                    <LibraryCard
                      key={card.summary.id}
                      card={card}
                      renaming={renaming === card.summary.id}
                      onOpen={() => props.onOpen(card.summary.id)}
                      onStartRename={() => setRenaming(card.summary.id)}
                      onRename={(title) => rename(card, title)}
                      onTrash={() => trashCard(card)}
                    />
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </section>
      {deleting && (
        <DeleteForGoodDialog
          titles={deleting.map((card) => card.displayTitle)}
          onConfirm={() => deleteForGood(deleting)}
          onClose={() => setDeleting(null)}
        />
      )}
    </main>
  );
}
