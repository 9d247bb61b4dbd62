import type { Tag } from '../../../shared/model/annotation';
import { TAGS } from '../../../shared/model/annotation';
import { VERDICT_SUMMARY_KEYS, type ArticleOverview, type VerdictSummaryKey } from '../../../shared/model/article-overview';
import { CLAIM_STATUSES, type ClaimStatus } from '../../../shared/model/claim-record';
import { STATUS_LABELS } from '../labels/claim-labels';
import { tagLabel } from '../labels/tag-labels';
import { LIBRARY_SORTS, LIBRARY_SORT_LABELS, type LibraryFilter, type LibrarySort } from './library-order';
import { verdictWord } from './verdict-words';

interface LibraryControlsProps {
  cards: readonly ArticleOverview[];
  sort: LibrarySort;
  filter: LibraryFilter;
  onSort: (sort: LibrarySort) => void;
  onFilter: (filter: LibraryFilter) => void;
}

/** A labelled select whose first option, "Any", clears the filter. */
function FilterSelect<T extends string>(props: {
  id: string;
  label: string;
  value: T | undefined;
  options: readonly { value: T; label: string }[];
  onChange: (value: T | undefined) => void;
}) {
  return (
    <label className="library-control">
      <span>{props.label}</span>
      <select
        data-testid={`library-filter-${props.id}`}
        value={props.value ?? ''}
        onChange={(e) => props.onChange(e.target.value === '' ? undefined : (e.target.value as T))}
      >
        <option value="">Any</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The library's sort order and its filters (tag, claim status, verdict, analyst), as native selects. */
export function LibraryControls({ cards, sort, filter, onSort, onFilter }: LibraryControlsProps) {
  const analysts = new Map<string, string>();
  for (const card of cards) for (const a of card.tally.analysts) analysts.set(a.id, a.name);
  const set = (patch: LibraryFilter) => {
    const next = { ...filter, ...patch };
    for (const key of Object.keys(next) as (keyof LibraryFilter)[]) if (next[key] === undefined) delete next[key];
    onFilter(next);
  };
  return (
    <div className="library-controls" role="group" aria-label="Sort and filter the library">
      <label className="library-control">
        <span>Sort by</span>
        <select data-testid="library-sort" value={sort} onChange={(e) => onSort(e.target.value as LibrarySort)}>
          {LIBRARY_SORTS.map((s) => (
            <option key={s} value={s}>
              {LIBRARY_SORT_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <FilterSelect<Tag>
        id="tag"
        label="Tag"
        value={filter.tag}
        options={TAGS.map((t) => ({ value: t, label: tagLabel(t) }))}
        onChange={(tag) => set({ tag })}
      />
      <FilterSelect<ClaimStatus>
        id="status"
        label="Status"
        value={filter.status}
        options={CLAIM_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
        onChange={(status) => set({ status })}
      />
      <FilterSelect<VerdictSummaryKey>
        id="verdict"
        label="Verdict"
        value={filter.verdict}
        options={VERDICT_SUMMARY_KEYS.map((v) => ({ value: v, label: verdictWord(v) }))}
        onChange={(verdict) => set({ verdict })}
      />
      <FilterSelect<string>
        id="analyst"
        label="Analyst"
        value={filter.analyst}
        options={[...analysts].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label))}
        onChange={(analyst) => set({ analyst })}
      />
    </div>
  );
}
