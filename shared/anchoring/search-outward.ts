import { AMBIGUITY_MARGIN, decide, MIN_SCORE, POSITION_DOMINANCE, type Decision } from './decide';
import { findExact, type Match } from './find-exact';
import { findFuzzy } from './find-fuzzy';
import { sameNumbers } from './numbers';
import type { TextView } from './folded-text';
import type { AnchorOptions, Candidate } from './result';
import { distanceBeyondWhichScoreCannotExceed, maxEditsWithContextFor, maxErrorsFor, scoreMatch, type Query } from './score';

// Characters searched on each side of the expected position first.
const WINDOW = 4096;

// Factor by which the searched radius grows while nothing is found.
const GROWTH = 16;

// Radius within which a quote that has no candidate yet is searched at the full error budget.
// Beyond it, a search that found nothing looks, over the whole text at once, only for intact
// copies (exact search: a floor above 1 allows no errors). Scanning the whole text at the full
// budget cost ~175 ms per orphan at 1 MB (90% of re-anchoring after a realistic set of edits);
// a passage both edited and moved this far from where its neighbours put it is left to the
// analyst as an orphan, never guessed at.
const REWORDED_RADIUS = 16_384;
const INTACT_ONLY = Infinity;

// Lowest score the first search looks for. Most edits to a quote are small, and
// a high floor allows few errors, which keeps fuzzy search cheap; the floor
// drops towards the minimum score only when a weaker candidate could still
// change the outcome.
const FIRST_FLOOR = 0.95;

/**
 * A candidate that remembers how many edits its quote needed and whether its
 * numbers are the quote's (see `sameNumbers`).
 */
export type ScoredMatch = Candidate & { errors: number; numbersKept: boolean };

/**
 * Searches for `query` around `query.hint` and decides (see `decide`) among
 * what it finds, searching more only while something unseen could change the
 * decision. A first pass looks only for candidates scoring at least
 * `FIRST_FLOOR` (few errors: cheap), and not beyond 64 KB from the hint unless
 * it found one; a second pass down to the minimum score runs only if weaker or
 * farther candidates could matter. Each pass starts `WINDOW` characters either
 * side of the hint; then:
 * - orphan or ambiguous: widen by `GROWTH` up to the whole text; while nothing is found,
 *   beyond `REWORDED_RADIUS` only intact copies, everywhere at once;
 * - anchored: search out to where the candidate no longer dominates
 *   (`POSITION_DOMINANCE`) for anything that could rival it, and beyond that,
 *   where only a clearly better candidate would matter, for such a candidate
 *   only. A candidate with a near-perfect score needs no search beyond, and
 *   an intact quote is challenged there only by other intact occurrences: a
 *   reworded copy far away does not displace the quote found where it was.
 * A fuzzy match whose numbers differ from the quote's is never anchored: the
 * claim it states is not the one annotated. It can still be the orphan's best
 * candidate, for the analyst to confirm.
 */
export function searchOutward(text: TextView, query: Query, options: AnchorOptions): Decision<ScoredMatch> {
  const minScore = options.minScore ?? MIN_SCORE;
  const margin = options.ambiguityMargin ?? AMBIGUITY_MARGIN;
  const found = new Map<string, ScoredMatch>();
  // `onlyReachingFloor`: candidates that cannot reach the floor are not wanted even as an
  // orphan's best, so the search may rule places out by their context too.
  const search = (radius: number, floor: number, onlyReachingFloor = false): number => {
    const from = Math.max(0, query.hint - radius);
    const to = Math.min(text.length, query.hint + query.exact.length + radius);
    const { candidates, slack } = findCandidates(text, query, from, to, floor, margin, onlyReachingFloor);
    for (const c of candidates) found.set(`${c.start}:${c.end}`, c);
    return slack;
  };
  const decideFound = (): Decision<ScoredMatch> => {
    const all = [...found.values()];
    const decision = decide(
      all.filter((c) => c.numbersKept),
      query.hint,
      options,
    );
    if (decision.status !== 'orphan') return decision;
    const best = all.reduce<ScoredMatch | undefined>((a, b) => (a === undefined || b.score > a.score ? b : a), undefined);
    return best === undefined ? decision : { status: 'orphan', best };
  };
  const covers = (radius: number) => query.hint - radius <= 0 && query.hint + query.exact.length + radius >= text.length;
  // What the whole text has been searched for: intact quotes, and fuzzy
  // matches down to a floor.
  let wholeSearchedExactly = false;
  let wholeFuzzyFloor = Infinity;

  // Searches outward until no candidate scoring `limit` or more could change
  // the decision, or until finding nothing would mean widening past `reach`.
  const settle = (limit: number, reach: number): { decision: Decision<ScoredMatch>; complete: boolean } => {
    let radius = WINDOW;
    // The lowest score worth searching for at `radius` given the decision so far.
    const floorAt = (decision: Decision<ScoredMatch>, at: number) => {
      const matters = Math.max(limit, lowestScoreThatMatters(decision, margin));
      return decision.status === 'orphan' && at > REWORDED_RADIUS ? INTACT_ONLY : matters;
    };
    let floor = floorAt(decideFound(), radius);
    let slack = search(radius, floor);
    for (;;) {
      const decision = decideFound();
      let matters = floorAt(decision, radius);
      if (decision.status !== 'anchored' || covers(radius)) {
        if (covers(radius) && matters >= floor) return { decision, complete: true };
        const next =
          radius < REWORDED_RADIUS
            ? Math.min(radius * GROWTH, REWORDED_RADIUS)
            : decision.status === 'orphan'
              ? text.length
              : radius * GROWTH;
        if (!covers(radius) && next > reach) return { decision, complete: false };
        radius = covers(radius) ? radius : next;
        matters = floorAt(decision, radius);
      } else {
        const { candidate } = decision;
        // Every match outside the region starts more than (radius - slack) from the hint.
        const rivalRadius = Math.abs(candidate.start - query.hint) * POSITION_DOMINANCE + slack;
        if (rivalRadius <= radius && matters >= floor) {
          const better = candidate.score + margin;
          const fuzzy = candidate.errors > 0;
          const searched = wholeFuzzyFloor <= better || (!fuzzy && wholeSearchedExactly);
          if (searched || distanceBeyondWhichScoreCannotExceed(text.length, better) + slack <= radius) {
            return { decision, complete: true };
          }
          if (fuzzy) wholeFuzzyFloor = better;
          wholeSearchedExactly = true;
          search(text.length, fuzzy ? better : INTACT_ONLY, true);
          continue;
        }
        radius = Math.max(radius, rivalRadius);
      }
      floor = matters;
      slack = search(radius, floor);
    }
  };

  // The cheap first pass stops short of scanning the whole text for nothing:
  // an orphan would need the second pass's scan anyway.
  const firstFloor = Math.max(minScore, FIRST_FLOOR);
  const quick = settle(firstFloor, WINDOW * GROWTH);
  if (quick.complete && lowestScoreThatMatters(quick.decision, margin) >= firstFloor) return quick.decision;
  return settle(minScore - margin, Infinity).decision;
}

// Exact occurrences are cheap to find, and once scored they raise the floor
// for the costly fuzzy search: a fuzzy match scoring below the best exact one
// by more than the margin cannot change the decision. A floor above 1 allows
// no errors, so no fuzzy search.
function findCandidates(text: TextView, query: Query, from: number, to: number, floor: number, margin: number, onlyReachingFloor: boolean) {
  const candidates: ScoredMatch[] = findExact(text, query, from, to).map((m) => score(text, query, m));
  const fuzzyFloor = Math.max(floor, ...candidates.map((c) => c.score - margin));
  const maxErrors = maxErrorsFor(query.exact.length, fuzzyFloor);
  if (maxErrors > 0) {
    const knownStarts = new Set(candidates.map((c) => c.start));
    const context = onlyReachingFloor
      ? { prefix: query.prefix, suffix: query.suffix, maxEdits: maxEditsWithContextFor(query, fuzzyFloor) }
      : undefined;
    for (const m of findFuzzy(text, query.exact, maxErrors, from, to, { knownStarts, context })) candidates.push(score(text, query, m));
  }
  return { candidates, slack: maxErrors };
}

function score(text: TextView, query: Query, match: Match): ScoredMatch {
  const { start, end, errors } = match;
  const numbersKept = errors === 0 || sameNumbers(query.exact, text.slice(start, end));
  return { start, end, errors, numbersKept, score: scoreMatch(text, query, start, end, errors) };
}

// A candidate not yet seen changes the decision only by rivalling or beating
// what was found, that is by scoring within the margin of it.
function lowestScoreThatMatters(decision: Decision, margin: number): number {
  switch (decision.status) {
    case 'anchored':
      return decision.candidate.score - margin;
    case 'ambiguous':
      return Math.max(...decision.candidates.map((c) => c.score)) - margin;
    case 'orphan':
      return 0;
  }
}
