import type { AnalysedText } from './analyse-claim-text';
import { oneSidedGroups, polarityConflict } from './polarity-words';

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
/** Character pairs of Chinese, Japanese or Thai: their neighbours overlap by construction, so they never count as a swapped word. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
/** What a stance only one side takes leaves of the score: enough to rank the twin that shares it first, rarely enough to hide a match. */
const ONE_SIDED_FACTOR = 0.9;
/** What a swapped word leaves of the score: the same sentence about something else ("teachers" / "nurses"). */
const SWAP_FACTOR = 0.5;
/** How many shared words a reason names. */
const REASON_WORDS = 4;

/**
 * Scores `query` against `candidate`: the IDF-weighted overlap of their terms (the harmonic mean
 * of how much of each one's weight the shared terms carry, so a short claim inside a long one
 * is not a full match), claimant names left out of it; raised when the claimant is the same
 * (named by either side's claimant, or in the other's text); cut when each gives a number the other
 * lacks, or when one negates or reverses the other ("rose" / "fell", "legal" / "illegal").
 * `idf` weighs a term by how rare it is in the index. A score below `floor` before the cuts comes
 * back without reasons, since it can only fall further. Reasons name the shared rare words (whole
 * words as the candidate writes them, even where pairs of characters were compared), the same
 * numbers, claimant and place, and any conflict; a stance only one side takes (`oneSidedGroups`)
 * lowers the score a little, so the twin that shares it ranks first.
 */
export function scoreMatch(query: Comparable, candidate: Comparable, idf: (term: string) => number, floor = 0): MatchScore {
  const who = new Set([...query.claimantTerms, ...candidate.claimantTerms]);
  const queryTerms = termsBesides(query.text, who);
  const candidateTerms = termsBesides(candidate.text, who);
  const shared = [...queryTerms].filter((t) => candidateTerms.has(t));
  const weigh = (terms: Iterable<string>): number => [...terms].reduce((sum, t) => sum + idf(t), 0);
  const overlap = weigh(shared);
  const queryCover = overlap / Math.max(weigh(queryTerms), Number.EPSILON);
  const candidateCover = overlap / Math.max(weigh(candidateTerms), Number.EPSILON);
  let score = overlap === 0 ? 0 : (2 * queryCover * candidateCover) / (queryCover + candidateCover);
  const claimant = sameClaimant(query, candidate);
  if (claimant !== undefined) score += CLAIMANT_BONUS * (1 - score);
  // Everything after this only lowers the score: a candidate already below the floor needs no reasons.
  if (score < floor) return { score: Math.round(score * 1000) / 1000, reasons: [] };
  const reasons: string[] = [];
  const words = shared.filter((t) => !query.text.numbers.includes(t)).sort((a, b) => idf(b) - idf(a) || a.localeCompare(b));
  if (words.length > 0)
    // Character pairs of one word show as that word, once.
    reasons.push(`shared rare words: ${[...new Set(words.map((t) => surface(candidate, t)))].slice(0, REASON_WORDS).join(', ')}`);
  const sameNumbers = query.text.numbers.filter((n) => candidate.text.numbers.includes(n));
  if (sameNumbers.length > 0) reasons.push(`same numbers: ${sameNumbers.map((n) => surface(candidate, n)).join(', ')}`);
  if (claimant !== undefined) reasons.push(`same claimant: ${claimant}`);
  const places = sharedPlaces(query.text, candidate.text);
  if (places.length > 0) reasons.push(`same place: ${places.map((p) => surface(candidate, p)).join(', ')}`);
  const onlyQuery = query.text.numbers.filter((n) => !candidate.text.numbers.includes(n));
  const onlyCandidate = candidate.text.numbers.filter((n) => !query.text.numbers.includes(n));
  if (onlyQuery.length > 0 && onlyCandidate.length > 0) {
    score *= CONFLICT_FACTOR;
    reasons.push(`different numbers: ${onlyQuery.join(', ')} vs ${onlyCandidate.join(', ')}`);
  }
  const swap = swappedWord(query.text.terms, candidate.text.terms, queryTerms, candidateTerms);
  if (swap !== undefined) {
    score *= SWAP_FACTOR;
    reasons.push(
      `one part differs: ${swap[0]
        .split(' ')
        .map((t) => surface(query, t))
        .join(' ')} vs ${swap[1]
        .split(' ')
        .map((t) => surface(candidate, t))
        .join(' ')}`,
    );
  }
  const conflict = polarityConflict(query.text.polarity, candidate.text.polarity);
  if (conflict !== undefined) {
    score *= CONFLICT_FACTOR;
    reasons.push(`says the opposite: ${conflict}`);
  } else if (oneSidedGroups(query.text.polarity, candidate.text.polarity).length > 0) score *= ONE_SIDED_FACTOR;
  return { score: Math.round(score * 1000) / 1000, reasons };
}

const uniqueTerms = new WeakMap<AnalysedText, ReadonlySet<string>>();

/** The text's distinct terms without `left` (the claimants' names); the usual case, nothing left out, is computed once per text. */
function termsBesides(text: AnalysedText, left: ReadonlySet<string>): ReadonlySet<string> {
  let all = uniqueTerms.get(text);
  if (all === undefined) {
    all = new Set(text.terms);
    uniqueTerms.set(text, all);
  }
  return [...left].some((t) => all.has(t)) ? new Set([...all].filter((t) => !left.has(t))) : all;
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

/**
 * Words of each text the other lacks, standing between the same neighbours in both (or at the
 * same end): "nurses in Texas" / "teachers in Texas", "on the stadium lights" / "on school roofs" —
 * the same sentence about something else. Returns the first such pair of runs. Numbers are left
 * to the number check, character pairs of unspaced scripts to the overlap.
 */
function swappedWord(
  a: readonly string[],
  b: readonly string[],
  aSet: ReadonlySet<string>,
  bSet: ReadonlySet<string>,
): [string, string] | undefined {
  const onlyA = runsMissing(a, aSet, bSet);
  const onlyB = runsMissing(b, bSet, aSet);
  for (const x of onlyA) {
    const twin = onlyB.find((y) => x.left === y.left && x.right === y.right);
    if (twin) return [x.terms.join(' '), twin.terms.join(' ')];
  }
  return undefined;
}

interface Run {
  terms: string[];
  left: string | undefined;
  right: string | undefined;
}

/** Maximal runs of `terms` in `own` but not in `other`, each with the terms either side. */
function runsMissing(terms: readonly string[], own: ReadonlySet<string>, other: ReadonlySet<string>): Run[] {
  const runs: Run[] = [];
  let run: Run | undefined;
  terms.forEach((term, i) => {
    const missing = own.has(term) && !other.has(term) && !/^\d/u.test(term) && !UNSPACED.test(term);
    if (missing) {
      run ??= { terms: [], left: terms[i - 1], right: undefined };
      run.terms.push(term);
    } else if (run) {
      runs.push({ ...run, right: term });
      run = undefined;
    }
  });
  if (run) runs.push(run);
  return runs;
}
