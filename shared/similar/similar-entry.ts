import type { VerdictGroup } from '../model/claim-record';

/** Where an indexed claim comes from: an analyst's claim in an article, or an imported published fact-check. */
export type SimilarKind = 'claim' | 'factcheck';

/** One claim the similar-claims index can find. Fields that do not apply are left out. */
export interface SimilarEntry {
  /** Unique in the index: `claim:<doc>/<annotation>` or `factcheck:<fact-check key>`. */
  key: string;
  kind: SimilarKind;
  /** The claim as written: a claim record's statement, else its sentence; a fact-check's claimReviewed. */
  text: string;
  claimant?: string;
  docId?: string;
  annotationId?: string;
  /** The article's canonical URL, or the fact-check's review URL. */
  url?: string;
  /** The verdict's label, or the fact-check's textual rating. */
  verdict?: string;
  group?: VerdictGroup;
  /** When it was decided or published (ISO 8601). */
  date?: string;
  /** Where it was found: the article's title, or the fact-check's publisher. */
  source?: string;
  /** Whose claim it is (the analyst's name); fact-checks have none. */
  analyst?: string;
}

/** An entry found for a query: its score in [0, 1] and the reasons it matched. */
export interface SimilarMatch {
  entry: SimilarEntry;
  score: number;
  reasons: string[];
}
