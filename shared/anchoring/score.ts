import type { TextView } from './folded-text';
import { similarity } from './similarity';

/** What is being looked for: the (folded) quote, its context, and where it is expected to start. */
export type Query = { exact: string; prefix: string; suffix: string; hint: number };

// Hypothesis's weights (match-quote.ts): the quote matters most, then each side
// of its context; position only breaks near-ties.
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/** Fuzzy searches never allow more errors than this, to bound their cost. */
export const MAX_FUZZY_ERRORS = 256;

/**
 * Scores a match of the quote at [start, end) of `text` with `errors` edits,
 * from 0 to 1: quote similarity, similarity of the text on each side to the
 * stored prefix and suffix, and closeness to the hint
 * relative to the text's length. Each side is compared over the stored
 * context's own length: a prefix cut short by the start of the text (or a
 * suffix by its end) says nothing about what now comes before (or after), so
 * text added there does not count against a match.
 */
export function scoreMatch(text: TextView, query: Query, start: number, end: number, errors: number): number {
  const quoteScore = 1 - errors / query.exact.length;
  const prefixScore = similarity(query.prefix, text.slice(Math.max(0, start - query.prefix.length), start));
  const suffixScore = similarity(query.suffix, text.slice(end, end + query.suffix.length));
  const raw =
    QUOTE_WEIGHT * quoteScore +
    PREFIX_WEIGHT * prefixScore +
    SUFFIX_WEIGHT * suffixScore +
    POSITION_WEIGHT * positionScore(text.length, Math.abs(start - query.hint));
  return raw / TOTAL_WEIGHT;
}

/**
 * The distance from the hint beyond which no match, however perfect its quote
 * and context, scores above `score`; Infinity when a perfect match scores
 * above it at any distance. Lets a search stop widening once nothing farther
 * away could beat what it has.
 */
export function distanceBeyondWhichScoreCannotExceed(textLength: number, score: number): number {
  const positionNeeded = (score * TOTAL_WEIGHT - QUOTE_WEIGHT - PREFIX_WEIGHT - SUFFIX_WEIGHT) / POSITION_WEIGHT;
  if (positionNeeded >= 1) return 0;
  if (positionNeeded < 0) return Infinity;
  return Math.ceil((1 - positionNeeded) * Math.max(1, textLength));
}

/**
 * The most edits a fuzzy match of a quote of `quoteLength` can have and still
 * reach `minScore`, granting it perfect context and position; at most
 * `MAX_FUZZY_ERRORS`, never negative.
 */
export function maxErrorsFor(quoteLength: number, minScore: number): number {
  const minQuoteScore = (minScore * TOTAL_WEIGHT - PREFIX_WEIGHT - SUFFIX_WEIGHT - POSITION_WEIGHT) / QUOTE_WEIGHT;
  return Math.max(0, Math.min(MAX_FUZZY_ERRORS, Math.floor(quoteLength * (1 - minQuoteScore))));
}

/**
 * The most edits by which the quote and its stored context together can differ from a match
 * and its surroundings (the quote from the matched text, prefix and suffix from the text on
 * each side) for the match to still reach `minScore`, granting it a perfect position: the
 * score it may lose, spent on the cheapest edits. Never negative.
 */
export function maxEditsWithContextFor(query: Omit<Query, 'hint'>, minScore: number): number {
  const costs = [
    QUOTE_WEIGHT / query.exact.length,
    query.prefix.length > 0 ? PREFIX_WEIGHT / query.prefix.length : Infinity,
    query.suffix.length > 0 ? SUFFIX_WEIGHT / query.suffix.length : Infinity,
  ];
  // A hair over the exact quotient, so that rounding never allows one edit too few.
  return Math.max(0, Math.floor(((1 - minScore) * TOTAL_WEIGHT) / Math.min(...costs) + 1e-9));
}

function positionScore(textLength: number, distance: number): number {
  return 1 - Math.min(1, distance / Math.max(1, textLength));
}
