import type { LibrarySearchFilters } from '../../../shared/ipc/search-contract';
import { locateMatch, parseQuery } from '../../../shared/search';
import type { TextRange } from '../text/text-range';

/** Where the query matched inside a result's snippet, to mark it; null when no word of it shows there. */
export function matchInSnippet(snippet: string, query: string): TextRange | null {
  return locateMatch(snippet, parseQuery(query));
}

/** The filters as the request sends them: empty choices left out. */
export function activeFilters(filters: Readonly<Record<keyof LibrarySearchFilters, string>>): LibrarySearchFilters {
  const chosen: Record<string, string> = {};
  for (const [key, value] of Object.entries(filters)) if (value.trim() !== '') chosen[key] = value.trim();
  return chosen;
}
