/** A place where a quote may now be, with its score from 0 to 1. */
export type Candidate = { start: number; end: number; score: number };

/**
 * Outcome of anchoring one annotation.
 * - `anchored`: found at [start, end). `method` says which evidence found it:
 *   the stored position, an exact occurrence of the quote, or a fuzzy match.
 * - `ambiguous`: two or more places fit equally well and the old position does
 *   not tell them apart; `candidates` are best first, for an analyst to choose.
 * - `orphan`: nothing fits well enough; `best` is the closest miss, if any.
 */
export type AnchorResult =
  | { status: 'anchored'; start: number; end: number; method: 'position' | 'quote' | 'fuzzy'; score: number }
  | { status: 'ambiguous'; candidates: Candidate[] }
  | { status: 'orphan'; best?: Candidate };

/**
 * Tuning for `anchor` and `anchorAll`; defaults are `MIN_SCORE` and
 * `AMBIGUITY_MARGIN`.
 */
export type AnchorOptions = {
  /** Candidates scoring below this are never anchored to. */
  minScore?: number;
  /** Candidates this close to the best score are rivals to it. */
  ambiguityMargin?: number;
};
