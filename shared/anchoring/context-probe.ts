import type { TextView } from './folded-text';
import type { Query } from './score';

// Characters of context next to the quote that a probe compares.
const PROBE_LENGTH = 8;

/**
 * True when the quote's immediate surroundings at [start, end) of `text` agree
 * with the stored context on at least one side: the `PROBE_LENGTH` characters
 * before equal the end of the prefix, or those after equal the start of the
 * suffix. A short stored prefix or suffix (the quote touched an end of the
 * text) agrees only at that same end of `text`.
 */
export function touchesContext(text: TextView, query: Query, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - PROBE_LENGTH), start);
  if (before === query.prefix.slice(-PROBE_LENGTH)) return true;
  return text.slice(end, end + PROBE_LENGTH) === query.suffix.slice(0, PROBE_LENGTH);
}
