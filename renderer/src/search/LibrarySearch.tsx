import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { LibrarySearchFacets, LibrarySearchFilters, LibrarySearchHit } from '../../../shared/ipc/search-contract';
import { CLAIM_STATUSES, type ClaimStatus } from '../../../shared/model/claim-record';
import { TAGS } from '../../../shared/model/annotation';
import type { Client } from '../ipc/client';
import { STATUS_LABELS } from '../labels/claim-labels';
import { tagLabel } from '../labels/tag-labels';
import { messageOf } from '../ui/message-of';
import { Modal } from '../ui/Modal';
import { activeFilters, matchInSnippet } from './library-search-query';
import { MarkedSnippet } from './MarkedSnippet';
import { onSearchRequest, setPendingJump } from './search-requests';

const FIELD_NAMES: Record<LibrarySearchHit['field'], string> = {
  text: 'Text',
  title: 'Title',
  note: 'Note',
  claim: 'Claim',
  source: 'Source',
};
const NO_FILTERS: Record<keyof LibrarySearchFilters, string> = {
  tag: '',
  status: '',
  verdict: '',
  analyst: '',
  addedFrom: '',
  addedTo: '',
};
const RESULTS = 50;

/** "3 results", "50+ results" at the cap, "No results", or what to do before typing. */
function resultCount(query: string, count: number): string {
  if (query.trim() === '') return 'Type to search every article';
  if (count === 0) return 'No results';
  return `${count}${count === RESULTS ? '+' : ''} result${count === 1 ? '' : 's'}`;
}

/**
 * Ctrl+Shift+F: searches the whole library through main's index — every article's title and
 * text, every analyst's notes, claim records and sources — as the analyst types, with filters by
 * tag, claim status, verdict, analyst and the day added. ↑/↓ move through the results; Enter
 * opens the article at the sentence found.
 */
export function LibrarySearch({ client, onOpen }: { client: Client; onOpen: (documentId: string) => void }) {
  const [open, setOpen] = useState(false);
  // From the commit that shows the library, so a key pressed as it appears is not lost.
  useLayoutEffect(() => onSearchRequest('search-library', () => setOpen(true)), []);
  if (!open) return null;
  return <LibrarySearchDialog client={client} onClose={() => setOpen(false)} onOpen={onOpen} />;
}

function LibrarySearchDialog({ client, onClose, onOpen }: { client: Client; onClose: () => void; onOpen: (documentId: string) => void }) {
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState(NO_FILTERS);
  const [hits, setHits] = useState<LibrarySearchHit[]>([]);
  const [facets, setFacets] = useState<LibrarySearchFacets>({ analysts: [], verdicts: [] });
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [answered, setAnswered] = useState('');
  const latest = useRef(0);

  useEffect(() => {
    const asked = ++latest.current;
    client['search:library']({ query, limit: RESULTS, filters: activeFilters(filters) }).then(
      // Only the answer to the latest request is shown: typing fast must not let an older one win.
      (answer) =>
        asked === latest.current && (setHits(answer.hits), setFacets(answer.facets), setActive(0), setError(null), setAnswered(query)),
      (e: unknown) => asked === latest.current && setError(messageOf(e)),
    );
  }, [client, query, filters]);

  const choose = (hit: LibrarySearchHit | undefined) => {
    if (!hit) return;
    setPendingJump({ documentId: hit.docId, range: hit.start !== null && hit.end !== null ? { start: hit.start, end: hit.end } : null });
    onClose();
    onOpen(hit.docId);
  };

  const filter = (key: keyof LibrarySearchFilters) => ({
    value: filters[key],
    onChange: (event: { currentTarget: { value: string } }) => setFilters({ ...filters, [key]: event.currentTarget.value }),
  });

  return (
    <Modal title="Search library" testId="library-search" wide onClose={onClose} className="library-search">
      <div className="library-search-body">
        <input
          type="search"
          className="library-search-input"
          aria-label="Search library"
          placeholder="Words in titles, text, notes, claims, verdicts, sources"
          data-autofocus
          spellCheck={false}
          value={query}
          role="combobox"
          aria-expanded={hits.length > 0}
          aria-controls="library-search-results"
          aria-activedescendant={hits[active] ? `library-search-result-${active}` : undefined}
          onChange={(event) => setQuery(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
              event.preventDefault();
              if (hits.length > 0) setActive((active + (event.key === 'ArrowDown' ? 1 : -1) + hits.length) % hits.length);
            } else if (event.key === 'Enter') {
              event.preventDefault();
              choose(hits[active]);
            }
          }}
        />
        <div className="library-search-filters" role="group" aria-label="Filters">
          <select aria-label="Tag" {...filter('tag')}>
            <option value="">Any tag</option>
            {TAGS.map((tag) => (
              <option key={tag} value={tag}>
                {tagLabel(tag)}
              </option>
            ))}
          </select>
          <select aria-label="Status" {...filter('status')}>
            <option value="">Any status</option>
            {CLAIM_STATUSES.map((status: ClaimStatus) => (
              <option key={status} value={status}>
                {STATUS_LABELS[status]}
              </option>
            ))}
          </select>
          <select aria-label="Verdict" {...filter('verdict')}>
            <option value="">Any verdict</option>
            {facets.verdicts.map((verdict) => (
              <option key={verdict} value={verdict}>
                {verdict}
              </option>
            ))}
          </select>
          <select aria-label="Analyst" {...filter('analyst')}>
            <option value="">Any analyst</option>
            {facets.analysts.map(({ id, name }) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
          <label>
            Added from <input type="date" {...filter('addedFrom')} />
          </label>
          <label>
            to <input type="date" aria-label="Added to" {...filter('addedTo')} />
          </label>
        </div>
        {error && (
          <p className="library-search-error" role="alert">
            {error}
          </p>
        )}
        <p className="library-search-count" role="status" data-testid="library-search-count">
          {resultCount(answered, hits.length)}
        </p>
        <ul className="library-search-results" id="library-search-results" role="listbox" aria-label="Results">
          {hits.map((hit, i) => {
            const match = matchInSnippet(hit.snippet, answered);
            return (
              <li
                key={`${hit.docId}:${hit.field}:${hit.start ?? ''}:${i}`}
                id={`library-search-result-${i}`}
                role="option"
                aria-selected={i === active}
                className="library-search-result"
                data-testid="search-result"
                onMouseEnter={() => setActive(i)}
                onClick={() => choose(hit)}
              >
                <span className="library-search-result-head">
                  <span className="library-search-title">{hit.title || 'Untitled'}</span>
                  <span className="library-search-field">{FIELD_NAMES[hit.field]}</span>
                </span>
                {match ? (
                  <MarkedSnippet text={hit.snippet} match={match} context={160} />
                ) : (
                  <span className="marked-snippet">{hit.snippet}</span>
                )}
              </li>
            );
          })}
        </ul>
      </div>
    </Modal>
  );
}
