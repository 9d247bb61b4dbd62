/** Where in an article a hit was found. */
export const SEARCH_FIELDS = ['text', 'title', 'note', 'claim', 'source'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/**
 * One search result. `text` hits: `start`/`end` span the matched words in the article's plain
 * text (the offsets `factmark segment` prints). `note`, `claim` and `source` hits: the span of
 * the annotation they belong to, so a result opens the article at its sentence. `title` hits:
 * null, the title not being part of the text.
 */
export interface SearchHit {
  docId: string;
  title: string;
  field: SearchField;
  start: number | null;
  end: number | null;
  /** The matched text with some context, "…" where it was cut. */
  snippet: string;
  /** Relevance (BM25 with field weights); higher is better. */
  score: number;
}
