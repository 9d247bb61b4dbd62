import type { Tag } from '../../../shared/model/annotation';
import type { ArticleOverview, VerdictSummaryKey } from '../../../shared/model/article-overview';
import type { ClaimStatus } from '../../../shared/model/claim-record';

/** The orders the library can be listed in. */
export const LIBRARY_SORTS = ['added', 'published', 'title', 'annotated', 'opened'] as const;
export type LibrarySort = (typeof LIBRARY_SORTS)[number];

/** What each order is called on screen. */
export const LIBRARY_SORT_LABELS: Readonly<Record<LibrarySort, string>> = {
  added: 'Date added',
  published: 'Date published',
  title: 'Title',
  annotated: 'Most annotated',
  opened: 'Last opened',
};

/** Which cards to show: each field set narrows the list to articles having it. */
export interface LibraryFilter {
  tag?: Tag;
  status?: ClaimStatus;
  verdict?: VerdictSummaryKey;
  /** An analyst id with annotations on the article. */
  analyst?: string;
}

/** Every annotation on the article, all tags and analysts. */
export function annotationCount(card: ArticleOverview): number {
  const { claim, denial, evidence } = card.tally.tags;
  return claim + denial + evidence;
}

/** Later first; a missing or unreadable date after every real one. */
function newestFirst(a: string | undefined, b: string | undefined): number {
  const [x, y] = [a === undefined ? NaN : Date.parse(a), b === undefined ? NaN : Date.parse(b)];
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) === Number.isNaN(y) ? 0 : Number.isNaN(x) ? 1 : -1;
  return y - x;
}

const COMPARE: Readonly<Record<LibrarySort, (a: ArticleOverview, b: ArticleOverview) => number>> = {
  added: (a, b) => newestFirst(a.summary.importedAt, b.summary.importedAt),
  published: (a, b) => newestFirst(a.summary.published, b.summary.published),
  title: (a, b) => a.displayTitle.localeCompare(b.displayTitle, undefined, { sensitivity: 'base', numeric: true }),
  annotated: (a, b) => annotationCount(b) - annotationCount(a),
  opened: (a, b) => newestFirst(a.lastOpened?.at, b.lastOpened?.at),
};

function matches(card: ArticleOverview, filter: LibraryFilter): boolean {
  const { tally } = card;
  if (filter.tag && tally.tags[filter.tag] === 0) return false;
  if (filter.status && !tally.statuses.includes(filter.status)) return false;
  if (filter.verdict && tally.verdicts[filter.verdict] === 0) return false;
  if (filter.analyst && !tally.analysts.some((a) => a.id === filter.analyst)) return false;
  return true;
}

/**
 * The cards to list, in `sort` order (newest first for dates, most first for counts, A–Z for
 * titles; ties keep the newest import first, and articles without the date sort last), keeping
 * only those `filter` allows. The input is not changed.
 */
export function arrangeLibrary(cards: readonly ArticleOverview[], sort: LibrarySort, filter: LibraryFilter): ArticleOverview[] {
  return cards.filter((card) => matches(card, filter)).sort((a, b) => COMPARE[sort](a, b) || COMPARE.added(a, b));
}

/** The `limit` cards opened most recently, most recent first. */
export function recentCards(cards: readonly ArticleOverview[], limit: number): ArticleOverview[] {
  return cards
    .filter((card) => card.lastOpened !== undefined)
    .sort(COMPARE.opened)
    .slice(0, limit);
}
