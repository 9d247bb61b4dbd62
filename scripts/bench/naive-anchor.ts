import approxSearch from 'approx-string-match';
import { MIN_SCORE, type AnnotationSelectors } from '../../shared/anchoring';

/** Where the naive way put one quote: a span, or nowhere. */
export type NaivePlacement = { start: number; end: number } | null;

/**
 * Anchoring the naive way, the benchmark's yardstick: the stored position if the quote is still
 * there, else its first exact occurrence, else approx-string-match over the whole text with the
 * error budget that could still reach the minimum score, taking the match with fewest errors. No
 * context, no neighbours, no search outward from the old place.
 */
export function naiveAnchorAll(text: string, items: readonly AnnotationSelectors[]): NaivePlacement[] {
  return items.map(({ quote, position }) => {
    const { exact } = quote;
    if (text.slice(position.start, position.end) === exact) return { start: position.start, end: position.end };
    const at = text.indexOf(exact);
    if (at !== -1) return { start: at, end: at + exact.length };
    // Hypothesis's weights: a quote with perfect context scores 0.5 + 0.4 + up to 0.02 beside its similarity.
    const maxErrors = Math.floor(exact.length * (1 - (MIN_SCORE * 92 - 42) / 50));
    const best = approxSearch(text, exact, maxErrors).reduce<{ start: number; end: number; errors: number } | undefined>(
      (a, m) => (a === undefined || m.errors < a.errors ? m : a),
      undefined,
    );
    return best === undefined ? null : { start: best.start, end: best.end };
  });
}
