import { myersMatches, type MatchRun } from './myers';

/** Edits Myers may spend on one gap between patience anchors before the gap counts as rewritten. */
const MAX_GAP_EDITS = 2_000;

/**
 * Matches between two sequences of item ids (equal ids are equal items), in order. Patience
 * diffing: items occurring exactly once on each side anchor the alignment (their longest
 * increasing run), which keeps a moved or repeated paragraph from smearing the answer and keeps
 * the work near O(N log N) on long articles; the gaps between anchors, usually a few sentences,
 * go to Myers. A gap too different for Myers' budget is left unmatched (shown as rewritten).
 */
export function patienceMatches(a: readonly number[], b: readonly number[]): MatchRun[] {
  const runs: MatchRun[] = [];
  matchRange(a, b, 0, a.length, 0, b.length, runs);
  return mergeRuns(runs);
}

function matchRange(a: readonly number[], b: readonly number[], aLo: number, aHi: number, bLo: number, bHi: number, out: MatchRun[]): void {
  // Equal heads and tails are matched outright: most edits leave most of an article alone.
  let head = 0;
  while (aLo + head < aHi && bLo + head < bHi && a[aLo + head] === b[bLo + head]) head += 1;
  if (head > 0) out.push({ aStart: aLo, bStart: bLo, length: head });
  aLo += head;
  bLo += head;
  let tail = 0;
  while (aHi - tail > aLo && bHi - tail > bLo && a[aHi - tail - 1] === b[bHi - tail - 1]) tail += 1;
  const tailRun = tail > 0 ? { aStart: aHi - tail, bStart: bHi - tail, length: tail } : null;
  aHi -= tail;
  bHi -= tail;

  if (aLo < aHi && bLo < bHi) {
    const anchors = uniqueAnchors(a, b, aLo, aHi, bLo, bHi);
    if (anchors.length === 0) {
      const runs = myersMatches(a.slice(aLo, aHi), b.slice(bLo, bHi), MAX_GAP_EDITS);
      for (const run of runs ?? []) out.push({ aStart: run.aStart + aLo, bStart: run.bStart + bLo, length: run.length });
    } else {
      let ai = aLo;
      let bi = bLo;
      for (const [aAt, bAt] of anchors) {
        matchRange(a, b, ai, aAt, bi, bAt, out);
        out.push({ aStart: aAt, bStart: bAt, length: 1 });
        ai = aAt + 1;
        bi = bAt + 1;
      }
      matchRange(a, b, ai, aHi, bi, bHi, out);
    }
  }
  if (tailRun) out.push(tailRun);
}

/** Pairs (i in a, j in b) of items unique on both sides, as the longest chain increasing in both. */
function uniqueAnchors(a: readonly number[], b: readonly number[], aLo: number, aHi: number, bLo: number, bHi: number): [number, number][] {
  const counts = new Map<number, { a: number; b: number; aAt: number; bAt: number }>();
  for (let i = aLo; i < aHi; i++) {
    const c = counts.get(a[i]!) ?? { a: 0, b: 0, aAt: -1, bAt: -1 };
    c.a += 1;
    c.aAt = i;
    counts.set(a[i]!, c);
  }
  for (let j = bLo; j < bHi; j++) {
    const c = counts.get(b[j]!);
    if (!c) continue;
    c.b += 1;
    c.bAt = j;
  }
  const pairs: [number, number][] = [];
  for (const c of counts.values()) if (c.a === 1 && c.b === 1) pairs.push([c.aAt, c.bAt]);
  pairs.sort((x, y) => x[0] - y[0]);
  return longestIncreasing(pairs);
}

/** The longest subsequence of `pairs` (sorted by first) whose seconds increase; patience sorting, O(n log n). */
function longestIncreasing(pairs: readonly [number, number][]): [number, number][] {
  const tops: number[] = [];
  const back = new Int32Array(pairs.length).fill(-1);
  for (let i = 0; i < pairs.length; i++) {
    const value = pairs[i]![1];
    let lo = 0;
    let hi = tops.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tops[mid]!]![1] < value) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) back[i] = tops[lo - 1]!;
    tops[lo] = i;
  }
  const chain: [number, number][] = [];
  for (let i = tops.at(-1) ?? -1; i >= 0; i = back[i]!) chain.push(pairs[i]!);
  return chain.reverse();
}

/** Joins runs that continue one another, so callers see maximal equal stretches. */
function mergeRuns(runs: readonly MatchRun[]): MatchRun[] {
  const merged: MatchRun[] = [];
  for (const run of runs) {
    const last = merged.at(-1);
    if (last && last.aStart + last.length === run.aStart && last.bStart + last.length === run.bStart) last.length += run.length;
    else merged.push({ ...run });
  }
  return merged;
}
