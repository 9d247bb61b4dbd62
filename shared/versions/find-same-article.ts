import { normaliseArticleUrl } from './canonical-url';

/** What matching needs to know of an article already in the library. */
export interface ArticleUrlEntry {
  id: string;
  url?: string | undefined;
}

/**
 * The library article that a newly imported one is another version of: the first (the library
 * lists newest first) whose canonical URL normalises to the same as `url`. Undefined when `url`
 * is missing or not an http(s) URL, or nothing matches: then it is a new article.
 */
export function findSameArticle<T extends ArticleUrlEntry>(url: string | undefined, library: readonly T[]): T | undefined {
  const wanted = url === undefined ? null : normaliseArticleUrl(url);
  if (wanted === null) return undefined;
  return library.find((entry) => entry.url !== undefined && normaliseArticleUrl(entry.url) === wanted);
}
