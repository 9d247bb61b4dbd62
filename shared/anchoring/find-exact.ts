import { touchesContext } from './context-probe';
import type { TextView } from './folded-text';
import type { Query } from './score';

/** Occurrence of a quote in a text: [start, end) with `errors` edits. */
export type Match = { start: number; end: number; errors: number };

/**
 * Most exact occurrences scored per search. A word like "the" occurs tens of
 * thousands of times in a long article; only its context can single one out.
 */
export const MAX_EXACT_CANDIDATES = 100;

/**
 * Exact occurrences of `query.exact` lying wholly inside [from, to) of `text`,
 * overlapping ones included. Beyond `MAX_EXACT_CANDIDATES` occurrences, keeps
 * those whose immediate context agrees with the stored context on a side
 * (`touchesContext`), and of those, or of all when none agree, the ones
 * nearest `query.hint`.
 */
export function findExact(text: TextView, query: Query, from: number, to: number): Match[] {
  const region = text.slice(from, to);
  const length = query.exact.length;
  const starts: number[] = [];
  for (let at = region.indexOf(query.exact); at !== -1; at = region.indexOf(query.exact, at + 1)) {
    starts.push(from + at);
  }
  return capCandidates(text, query, starts).map((start) => ({ start, end: start + length, errors: 0 }));
}

function capCandidates(text: TextView, query: Query, starts: number[]): number[] {
  if (starts.length <= MAX_EXACT_CANDIDATES) return starts;
  const inContext = starts.filter((start) => touchesContext(text, query, start, start + query.exact.length));
  const pool = inContext.length > 0 ? inContext : starts;
  if (pool.length <= MAX_EXACT_CANDIDATES) return pool;
  return pool.sort((a, b) => Math.abs(a - query.hint) - Math.abs(b - query.hint)).slice(0, MAX_EXACT_CANDIDATES);
}
