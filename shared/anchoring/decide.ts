import type { AnchorOptions, Candidate } from './result';

/**
 * Lowest score a candidate needs to be anchored to. On generated news text an
 * exact quote between two unrelated contexts scores 0.64 (median) to 0.73
 * (99th percentile); with one side of its context intact and the other
 * unrelated, 0.79 to 0.84. This sits between, so a short quote that happens to
 * recur elsewhere is not taken for the original. It also bounds fuzzy search:
 * even with perfect context a quote must keep 60% of its characters.
 */
export const MIN_SCORE = 0.78;

/**
 * Candidates within this score of the best are rivals to it: about three
 * differing characters of 32 in one side's context.
 */
export const AMBIGUITY_MARGIN = 0.02;

/**
 * Among rivals, the one nearest the expected position wins when every other
 * is at least this many times farther away. An edit shifts text by its own
 * size, so a copy four times farther than the nearest is the less likely home.
 */
export const POSITION_DOMINANCE = 4;

/** Outcome of weighing candidates; the caller adds how they were found. */
export type Decision<C extends Candidate = Candidate> =
  { status: 'anchored'; candidate: C } | { status: 'ambiguous'; candidates: C[] } | { status: 'orphan'; best?: C };

/**
 * Chooses among scored candidates for one quote. Overlapping candidates are
 * one place and keep their best score. The best candidate is anchored when it
 * reaches `minScore` and no other place scores within `ambiguityMargin` of it
 * (even one below `minScore`: a near tie is a coin toss either way). Among
 * such rivals the one nearest `hint` wins if it dominates by
 * `POSITION_DOMINANCE`; otherwise the result is ambiguous. With nothing at or
 * above `minScore` the result is orphan, carrying the best miss.
 */
export function decide<C extends Candidate>(candidates: readonly C[], hint: number, options: AnchorOptions = {}): Decision<C> {
  const minScore = options.minScore ?? MIN_SCORE;
  const margin = options.ambiguityMargin ?? AMBIGUITY_MARGIN;
  const places = mergeOverlapping(candidates, hint).sort((a, b) => compareByScore(a, b, hint));
  const best = places[0];
  if (best === undefined) return { status: 'orphan' };
  if (best.score < minScore) return { status: 'orphan', best };
  const contenders = places.filter((c) => best.score - c.score <= margin);
  if (contenders.length === 1) return { status: 'anchored', candidate: best };
  const byDistance = [...contenders].sort((a, b) => distance(a, hint) - distance(b, hint));
  const [nearest, runnerUp] = byDistance as [C, C];
  if (distance(nearest, hint) * POSITION_DOMINANCE <= distance(runnerUp, hint)) {
    return { status: 'anchored', candidate: nearest };
  }
  return { status: 'ambiguous', candidates: contenders };
}

function mergeOverlapping<C extends Candidate>(candidates: readonly C[], hint: number): C[] {
  const byStart = [...candidates].sort((a, b) => a.start - b.start || a.end - b.end);
  const places: C[] = [];
  let clusterEnd = -1;
  for (const candidate of byStart) {
    const last = places[places.length - 1];
    if (last !== undefined && candidate.start < clusterEnd) {
      if (compareByScore(candidate, last, hint) < 0) places[places.length - 1] = candidate;
      clusterEnd = Math.max(clusterEnd, candidate.end);
    } else {
      places.push(candidate);
      clusterEnd = candidate.end;
    }
  }
  return places;
}

function compareByScore(a: Candidate, b: Candidate, hint: number): number {
  return b.score - a.score || distance(a, hint) - distance(b, hint) || a.start - b.start;
}

function distance(candidate: Candidate, hint: number): number {
  return Math.abs(candidate.start - hint);
}
