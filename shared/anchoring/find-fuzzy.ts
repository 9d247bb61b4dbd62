import approxSearch from 'approx-string-match';
import type { Match } from './find-exact';
import type { TextView } from './folded-text';
import type { GramFilter, Window } from './gram-filter';

/**
 * Most text searched per call of approx-string-match. It reports only the
 * matches with the fewest errors, so one call over a whole article would hide
 * a true match with two typos behind a look-alike with one; searching in
 * chunks keeps the best match of each neighbourhood for scoring. Smaller
 * chunks cost more: on formulaic text (tables, results) 2 KB chunks took
 * three times as long as one call over 1 MB, 8 KB chunks about twice.
 */
export const FUZZY_CHUNK = 8192;

// Shortest quote piece worth looking up exactly. With k errors allowed, one of
// k + 1 pieces of the quote survives intact in any match, so the search can
// start from exact hits of the pieces, while they are long enough to be rare.
const MIN_PIECE_LENGTH = 6;

// Characters of region per occurrence of a quote's longest number that are
// worth searching around one by one (but at least 16 occurrences); a number
// more common than that singles nothing out.
const CHARS_PER_NUMBER_HIT = 4096;

// Smallest region worth the trigram filter for a text searched a few times: a single `anchor`
// call should not pay for the filter's table to search near the old place. A text searched
// often (`anchorAll`) uses the filter for every region.
const FILTERED_REGION = 2 * FUZZY_CHUNK;

/** What a fuzzy search may skip. */
export type FuzzyScope = {
  /** Exact occurrences already found, whose neighbourhoods a search by pieces skips. */
  knownStarts?: ReadonlySet<number>;
  /**
   * The stored context and the most edits quote and context together may have
   * (`maxEditsWithContextFor`): set when only matches that could reach a score are wanted, so
   * the gram filter may rule out places by their surroundings too.
   */
  context?: { prefix: string; suffix: string; maxEdits: number };
};

/**
 * Approximate occurrences of `exact` with at most `maxErrors` edits lying
 * wholly inside [from, to) of `text`: in each neighbourhood (at most about
 * `FUZZY_CHUNK` characters) the matches with the fewest errors. Neighbouring
 * results may overlap. A region longer than `FILTERED_REGION` of a text that
 * offers a `GramFilter` is searched only in the stretches the filter leaves
 * possible (none at all when it rules everything out); with `scope.context`,
 * the filter counts the stored context with the quote, and only matches that
 * could reach the score behind `context.maxEdits` are sure to be reported.
 * Otherwise small error budgets search only around exact hits of the quote's
 * pieces, when those are sparse, and the rest scans the region.
 * `knownStarts` (pieces only) are exact occurrences already found: a
 * neighbourhood around one of them can only report it again, so it is
 * skipped.
 *
 * When the error budget is too large for pieces, a quote with numbers is also
 * searched around each occurrence of its longest number ("1,203" and "34.9"
 * count as one number), one occurrence at a time. Only matches that keep the quote's numbers can be anchored (see
 * `sameNumbers`), and this way a heavily reworded line from a table of results
 * cannot hide behind a neighbouring line that differs from the quote in fewer
 * characters but in its numbers.
 */
export function findFuzzy(text: TextView, exact: string, maxErrors: number, from: number, to: number, scope: FuzzyScope = {}): Match[] {
  const { knownStarts = new Set<number>() } = scope;
  const pieceLength = Math.floor(exact.length / (maxErrors + 1));
  const overlap = exact.length + maxErrors;
  const numberWindows = pieceLength < MIN_PIECE_LENGTH ? numberHitWindows(text, exact, maxErrors, from, to, knownStarts) : [];
  const gramWindows =
    text.grams && (to - from > FILTERED_REGION || text.searchedOften === true)
      ? gramFilterWindows(text.grams(), exact, maxErrors, from, to, scope.context)
      : undefined;
  if (gramWindows !== undefined) {
    return searchWindows(text, exact, maxErrors, [...gramWindows.flatMap(([a, b]) => chunk(a, b, overlap)), ...numberWindows]);
  }
  if (pieceLength >= MIN_PIECE_LENGTH) {
    const pieceWindows = mergeWindows(pieceHitWindows(text, exact, maxErrors, pieceLength, from, to, knownStarts));
    // Pieces of formulaic text hit everywhere; then the region is searched whole.
    const sparse = pieceWindows.reduce((sum, [a, b]) => sum + b - a, 0) * 4 <= to - from;
    if (sparse)
      return searchWindows(
        text,
        exact,
        maxErrors,
        pieceWindows.flatMap(([a, b]) => chunk(a, b, overlap)),
      );
  }
  return searchWindows(text, exact, maxErrors, [...chunk(from, to, overlap), ...numberWindows]);
}

// Where the gram filter leaves matches possible: counting the context with the quote when the
// caller wants only matches whose context is close too (a longer pattern rules out far more
// of a formulaic text), else the quote alone.
function gramFilterWindows(
  grams: GramFilter,
  exact: string,
  maxErrors: number,
  from: number,
  to: number,
  context: FuzzyScope['context'],
): Window[] | undefined {
  if (context !== undefined) {
    const { prefix, suffix, maxEdits } = context;
    const wide = grams.candidateWindows(
      prefix + exact + suffix,
      maxEdits,
      Math.max(0, from - prefix.length),
      Math.min(grams.length, to + suffix.length),
    );
    if (wide !== undefined) {
      return wide.map(([a, b]): Window => [Math.max(from, a), Math.min(to, b)]).filter(([a, b]) => a < b);
    }
  }
  return grams.candidateWindows(exact, maxErrors, from, to);
}

function searchWindows(text: TextView, exact: string, maxErrors: number, windows: readonly Window[]): Match[] {
  const matches: Match[] = [];
  for (const [a, b] of windows) {
    for (const match of approxSearch(text.slice(a, b), exact, maxErrors)) {
      matches.push({ start: a + match.start, end: a + match.end, errors: match.errors });
    }
  }
  return matches;
}

function pieceHitWindows(
  text: TextView,
  exact: string,
  maxErrors: number,
  pieceLength: number,
  from: number,
  to: number,
  knownStarts: ReadonlySet<number>,
): Window[] {
  const region = text.slice(from, to);
  const windows: Window[] = [];
  for (let piece = 0; piece <= maxErrors; piece++) {
    const offset = piece * pieceLength;
    const needle = exact.slice(offset, piece === maxErrors ? exact.length : offset + pieceLength);
    for (const start of hitStarts(region, needle, offset, from)) {
      if (!knownStarts.has(start)) windows.push(windowAround(start, exact.length, maxErrors, from, to));
    }
  }
  return windows;
}

function numberHitWindows(
  text: TextView,
  exact: string,
  maxErrors: number,
  from: number,
  to: number,
  knownStarts: ReadonlySet<number>,
): Window[] {
  let longest: RegExpExecArray | undefined;
  for (const run of exact.matchAll(/\d+(?:[.,]\d+)*/g)) if (longest === undefined || run[0].length > longest[0].length) longest = run;
  if (longest === undefined) return [];
  const starts = hitStarts(text.slice(from, to), longest[0], longest.index, from);
  if (starts.length > Math.max(16, (to - from) / CHARS_PER_NUMBER_HIT)) return [];
  return starts.filter((start) => !knownStarts.has(start)).map((start) => windowAround(start, exact.length, maxErrors, from, to));
}

// Where the quote would start if `needle`, found in `region` (which begins at
// `from`), is its part at `offset`.
function hitStarts(region: string, needle: string, offset: number, from: number): number[] {
  const starts: number[] = [];
  for (let at = region.indexOf(needle); at !== -1; at = region.indexOf(needle, at + 1)) starts.push(from + at - offset);
  return starts;
}

// A part of the quote found intact puts the start of the match within
// maxErrors of where the quote would start, and its end at most maxErrors
// beyond the quote's length after that.
function windowAround(start: number, length: number, maxErrors: number, from: number, to: number): Window {
  return [Math.max(from, start - maxErrors), Math.min(to, start + length + 2 * maxErrors)];
}

function mergeWindows(windows: Window[]): Window[] {
  windows.sort((a, b) => a[0] - b[0]);
  const merged: Window[] = [];
  for (const window of windows) {
    const last = merged[merged.length - 1];
    if (last !== undefined && window[0] <= last[1]) last[1] = Math.max(last[1], window[1]);
    else merged.push([window[0], window[1]]);
  }
  return merged;
}

// Splits [from, to) into windows of about FUZZY_CHUNK that overlap by the
// longest possible match, so that no match is cut.
function chunk(from: number, to: number, overlap: number): Window[] {
  const step = Math.max(FUZZY_CHUNK, 4 * overlap);
  const windows: Window[] = [];
  for (let start = from; start < to; start += step) {
    const end = Math.min(to, start + step + overlap);
    windows.push([start, end]);
    if (end === to) break;
  }
  return windows;
}
