/** Longest passage a History heading quotes; the record or card beside it shows the rest. */
const QUOTE_LIMIT = 60;

/**
 * How a History heading names an annotation that has no number of its own: its tag word and
 * the start of its passage, `Evidence “One delivery of 180,000 litres…”`. Runs of whitespace
 * fold to one space; a longer passage is cut at the last word that fits and ends with "…" (a
 * single word longer than the limit is cut inside it).
 */
export function describeHistorySubject(tagWord: string, quote: string): string {
  const flat = quote.replace(/\s+/g, ' ').trim();
  if (flat === '') return tagWord;
  if (flat.length <= QUOTE_LIMIT) return `${tagWord} “${flat}”`;
  // One character more than fits: a space there means the limit falls between two words.
  const lastSpace = flat.slice(0, QUOTE_LIMIT + 1).lastIndexOf(' ');
  const cut = lastSpace > 0 ? flat.slice(0, lastSpace) : flat.slice(0, QUOTE_LIMIT);
  return `${tagWord} “${cut.replace(/[\s,;:.]+$/, '')}…”`;
}
