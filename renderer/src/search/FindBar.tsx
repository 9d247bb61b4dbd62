import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { showSearchHighlights } from '../editor/search-highlight-plugin';
import { wasGuarded } from '../keys/use-browser-key-guard';
import type { ReaderSession } from '../reader/reader-session';
import { findHits, firstHitFrom, MAX_FIND_HITS, type FindHit } from './find-hits';
import { FoldedText, foldQuery } from './folded-text';
import { goToHit } from './go-to-hit';
import { MarkedSnippet } from './MarkedSnippet';
import { onPendingJump, onSearchRequest, takePendingJump } from './search-requests';
import './search.css';

const PLACE_NAMES: Record<Exclude<FindHit['place'], 'text'>, string> = { note: 'note', claim: 'claim record', source: 'source' };

/** "3 of 12", "No matches", or the cap's "1000+". */
function countLabel(current: number, total: number): string {
  if (total === 0) return 'No matches';
  return `${current + 1} of ${total >= MAX_FIND_HITS ? `${MAX_FIND_HITS}+` : total}`;
}

/** The painted hits and which is current, for the editor: a hit in a note paints its sentence as the current one. */
function paintedHits(hits: readonly FindHit[], current: number) {
  const ranges = hits.filter((h) => h.place === 'text').map((h) => h.range);
  const hit = hits[current];
  if (!hit) return { hits: ranges, current: -1 };
  if (hit.place !== 'text') return { hits: [...ranges, hit.range], current: ranges.length };
  return { hits: ranges, current: hits.filter((h, i) => h.place === 'text' && i < current).length };
}

/**
 * Ctrl+F over the open article: an incremental, case- and accent-insensitive find through the
 * text and the notes, claim records and sources on it. Each hit it moves to becomes the
 * reader's selection (so N, V and 1/2/3 act on it); Escape closes the bar and returns to the
 * text. Also lands the article on a library search result when one is waiting for it.
 */
export function FindBar({ session }: { session: ReaderSession }) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [current, setCurrent] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const folded = useRef<FoldedText | null>(null);
  const { annotations } = useSyncExternalStore(session.annotations.subscribe, session.annotations.getSnapshot);

  const hits = useMemo(() => {
    if (!open) return [];
    folded.current ??= new FoldedText(session.text);
    return findHits(folded.current, annotations, foldQuery(query));
  }, [open, query, annotations, session]);

  // Each Ctrl+F selects the query, once the field is on the page and before the next key is
  // handled: selected a frame later (as it was), it swallowed what a fast typist had typed by then.
  // It listens from the commit that puts the article on the page, not after the next paint: a
  // Ctrl+F pressed as the article appears reached no listener and was lost.
  const [openRequests, setOpenRequests] = useState(0);
  useLayoutEffect(
    () =>
      onSearchRequest('find-in-article', () => {
        setOpen(true);
        setOpenRequests((n) => n + 1);
      }),
    [],
  );
  useLayoutEffect(() => {
    if (openRequests === 0) return;
    input.current?.focus();
    input.current?.select();
  }, [openRequests]);

  useEffect(() => {
    const land = () => {
      const jump = takePendingJump(session.article.id);
      if (jump?.range) goToHit(session, { range: jump.range });
    };
    land();
    return onPendingJump(land);
  }, [session]);

  useEffect(() => {
    const article = root.current?.closest('[data-testid="reader"]')?.querySelector('[data-testid="article"]');
    if (article) showSearchHighlights(article, open ? paintedHits(hits, current) : { hits: [], current: -1 });
  }, [open, hits, current]);

  const moveTo = useCallback(
    (index: number) => {
      setCurrent(index);
      const hit = hits[index];
      if (hit) goToHit(session, { range: hit.range, annotationId: hit.place === 'text' ? undefined : hit.annotationId });
    },
    [hits, session],
  );

  const step = useCallback(
    (delta: 1 | -1) => {
      if (hits.length > 0) moveTo((Math.max(current, delta === 1 ? -1 : 0) + delta + hits.length) % hits.length);
    },
    [current, hits.length, moveTo],
  );

  const close = useCallback(() => {
    setOpen(false);
    session.focusArticle();
  }, [session]);

  useEffect(() => {
    if (!open) return;
    // F3 steps through the hits from the article too, as in every browser and editor.
    const onKey = (event: KeyboardEvent) => {
      // The browser-key guard cancels F3 (Chromium's own find) before this hears it; the input handles its own.
      if (event.key !== 'F3' || event.target === input.current || (event.defaultPrevented && !wasGuarded(event))) return;
      event.preventDefault();
      step(event.shiftKey ? -1 : 1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open, step]);

  const onQuery = (next: string) => {
    setQuery(next);
    const found = findHits((folded.current ??= new FoldedText(session.text)), annotations, foldQuery(next));
    const from = session.getSnapshot().selection.range?.start ?? 0;
    const index = firstHitFrom(found, from);
    setCurrent(index);
    const hit = found[index];
    if (hit) goToHit(session, { range: hit.range, annotationId: hit.place === 'text' ? undefined : hit.annotationId });
  };

  const hit = hits[current];
  return (
    // The dock keeps its place (and the way to the article's DOM) while the bar is closed.
    <div ref={root} className="find-dock">
      {open && (
        <div className="find-bar" role="search" aria-label="Find in article" data-testid="find-bar">
          <input
            ref={input}
            type="search"
            className="find-input"
            aria-label="Find in article"
            placeholder="Find in text, notes, claims, sources"
            value={query}
            autoFocus
            spellCheck={false}
            data-testid="find-input"
            onChange={(event) => onQuery(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' || event.key === 'F3') {
                event.preventDefault();
                step(event.shiftKey ? -1 : 1);
              } else if (event.key === 'Escape') {
                event.preventDefault();
                close();
              }
            }}
          />
          <span className="find-count" role="status" data-testid="find-count">
            {query.trim() === '' ? '' : countLabel(current, hits.length)}
          </span>
          <button
            type="button"
            className="button find-step"
            aria-label="Previous match (Shift+Enter)"
            onClick={() => step(-1)}
            disabled={hits.length === 0}
          >
            ↑
          </button>
          <button
            type="button"
            className="button find-step"
            aria-label="Next match (Enter)"
            onClick={() => step(1)}
            disabled={hits.length === 0}
          >
            ↓
          </button>
          <button type="button" className="button find-close" aria-label="Close (Escape)" onClick={close}>
            ×
          </button>
          {hit && hit.place !== 'text' && (
            <p className="find-where" data-testid="find-where">
              In a {PLACE_NAMES[hit.place]}: <MarkedSnippet text={hit.field} match={hit.match} />
            </p>
          )}
        </div>
      )}
    </div>
  );
}
