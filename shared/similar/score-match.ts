import type { AnalysedText } from './analyse-claim-text';
import { polarityConflict } from './polarity-words';

/** One side of a comparison: the analysed text and the claimant's identifying words. */
export interface Comparable {
  text: AnalysedText;
  claimantTerms: readonly string[];
  /** The claimant's name as written, for the reason. */
  claimant?: string;
}

/** How similar two claims are, in [0, 1], and why. */
export interface MatchScore {
  score: number;
  reasons: string[];
}

/** What a shared claimant adds: a share of the distance left to 1, so it lifts close wordings most. */
const CLAIMANT_BONUS = 0.15;
/** What different numbers or an opposite wording leave of the score: a different claim, however alike the words. */
const CONFLICT_FACTOR = 0.35;
/** How many shared words a reason names. */
const REASON_WORDS = 4;

/**
 * Scores `query` against `candidate`: the IDF-weighted overlap of their terms (the harmonic mean
 * of how much of each one's weight the shared terms carry, so a short claim inside a long one
 * is not a full match), claimant names left out of it; raised when the claimant is the same
 * (named by either side's claimant, or in the other's text); cut when both give numbers and none
 * agree, or when one negates or reverses the other ("rose" / "fell", "legal" / "illegal").
 * `idf` weighs a term by how rare it is in the index. Reasons name the shared rare words, the same
 * numbers, claimant and place, and any conflict.
 */
export function scoreMatch(query: Comparable, candidate: Comparable, idf: (term: string) => number): MatchScore {
  const who = new Set([...query.claimantTerms, ...candidate.claimantTerms]);
  const queryTerms = new Set(query.text.terms.filter((t) => !who.has(t)));
  const candidateTerms = new Set(candidate.text.terms.filter((t) => !who.has(t)));
  const shared = [...queryTerms].filter((t) => candidateTerms.has(t));
  const weigh = (terms: Iterable<string>): number => [...terms].reduce((sum, t) => sum + idf(t), 0);
  const overlap = weigh(shared);
  const queryCover = overlap / Math.max(weigh(queryTerms), Number.EPSILON);
  const candidateCover = overlap / Math.max(weigh(candidateTerms), Number.EPSILON);
  let score = overlap === 0 ? 0 : (2 * queryCover * candidateCover) / (queryCover + candidateCover);
  const reasons: string[] = [];
  const words = shared.filter((t) => !query.text.numbers.includes(t)).sort((a, b) => idf(b) - idf(a) || a.localeCompare(b));
  if (words.length > 0)
    reasons.push(
      `shared rare words: ${words
        .slice(0, REASON_WORDS)
        .map((t) => surface(candidate, t))
        .join(', ')}`,
    );
  const sameNumbers = query.text.numbers.filter((n) => candidate.text.numbers.includes(n));
  if (sameNumbers.length > 0) reasons.push(`same numbers: ${sameNumbers.map((n) => surface(candidate, n)).join(', ')}`);
  const claimant = sameClaimant(query, candidate);
  if (claimant !== undefined) {
    score += CLAIMANT_BONUS * (1 - score);
    reasons.push(`same claimant: ${claimant}`);
  }
  const places = sharedPlaces(query.text, candidate.text);
  if (places.length > 0) reasons.push(`same place: ${places.map((p) => surface(candidate, p)).join(', ')}`);
  if (query.text.numbers.length > 0 && candidate.text.numbers.length > 0 && sameNumbers.length === 0) {
    score *= CONFLICT_FACTOR;
    reasons.push(`different numbers: ${query.text.numbers.join(', ')} vs ${candidate.text.numbers.join(', ')}`);
  }
  const conflict = polarityConflict(query.text.polarity, candidate.text.polarity);
  if (conflict !== undefined) {
    score *= CONFLICT_FACTOR;
    reasons.push(`says the opposite: ${conflict}`);
  }
  return { score: Math.round(score * 1000) / 1000, reasons };
}

function surface(side: Comparable, term: string): string {
  return side.text.surfaces.get(term) ?? term;
}

function sameClaimant(query: Comparable, candidate: Comparable): string | undefined {
  const named = (a: Comparable, b: Comparable): boolean =>
    a.claimantTerms.length > 0 && a.claimantTerms.some((t) => b.claimantTerms.includes(t) || b.text.names.includes(t));
  if (named(candidate, query)) return candidate.claimant ?? query.claimant;
  if (named(query, candidate)) return query.claimant ?? candidate.claimant;
  return undefined;
}

/** Places either text names after a preposition that the other names too (capitalised). */
function sharedPlaces(a: AnalysedText, b: AnalysedText): string[] {
  const places = new Set([...a.places.filter((p) => b.names.includes(p)), ...b.places.filter((p) => a.names.includes(p))]);
  return [...places];
}
