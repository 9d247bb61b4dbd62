import { touchesContext } from './context-probe';
import { MIN_SCORE, type Decision } from './decide';
import { fold } from './fold';
import { FoldedText, type TextView } from './folded-text';
import type { AnchorOptions, AnchorResult, Candidate } from './result';
import { scoreMatch, type Query } from './score';
import { searchOutward, type ScoredMatch } from './search-outward';
import type { AnnotationSelectors, TextQuoteSelector } from './selectors';

/**
 * Finds the span described by `selectors` in `text`, which may have been
 * edited since the selectors were made. In order:
 * 1. the stored position, if the quote is still there and the characters next
 *    to it on at least one side still match the stored context (a short quote
 *    such as "the" can reappear at an old offset by coincidence after an edit);
 * 2. exact and fuzzy occurrences of the quote (up to the errors that could
 *    still reach the minimum score), scored on quote similarity, context and
 *    closeness to the old position; method 'quote' when the quote is intact.
 * Each search starts near the old position and widens only when something
 * farther away could change the outcome. Typographic and straight quotes
 * count as equal, as do all whitespace characters (see `fold`).
 *
 * Never guesses: returns `ambiguous` when several places fit equally well and
 * the old position does not single one out (see `decide`), and `orphan` when
 * nothing reaches the minimum score. A fuzzy match whose numbers differ from
 * the quote's states another claim and is never anchored, at most offered as
 * the orphan's best candidate. An empty quote is always an orphan.
 */
export function anchor(text: string, selectors: AnnotationSelectors, options: AnchorOptions = {}): AnchorResult {
  return anchorIn(new FoldedText(text), selectors, selectors.position.start, options);
}

/**
 * `anchor` against a text shared by many calls, expecting the quote near `expectedStart`
 * (the stored start plus any shift seen in neighbouring annotations). A quote
 * found at `expectedStart` with its context is anchored like a stored
 * position, by method 'quote'.
 */
export function anchorIn(text: FoldedText, selectors: AnnotationSelectors, expectedStart: number, options: AnchorOptions): AnchorResult {
  const { quote, position } = selectors;
  if (quote.exact.length === 0) return { status: 'orphan' };
  if (verifiesAt(text.raw, toQuery(quote, position.start), position.start, position.end)) {
    return { status: 'anchored', start: position.start, end: position.end, method: 'position', score: 1 };
  }
  const query = toQuery(foldQuote(quote), clamp(expectedStart, text.length));
  if (verifiesAt(text, query, position.start, position.end)) {
    return { status: 'anchored', start: position.start, end: position.end, method: 'position', score: 1 };
  }
  const shifted = verifyShifted(text, query, options);
  if (shifted !== undefined) return shifted;

  const decision = searchOutward(text, query, options);
  return toResult(decision);
}

function verifiesAt(text: TextView, query: Query, start: number, end: number): boolean {
  return (
    start >= 0 && end - start === query.exact.length && text.slice(start, end) === query.exact && touchesContext(text, query, start, end)
  );
}

function verifyShifted(text: TextView, query: Query, options: AnchorOptions): AnchorResult | undefined {
  const start = query.hint;
  const end = start + query.exact.length;
  if (!verifiesAt(text, query, start, end)) return undefined;
  const score = scoreMatch(text, query, start, end, 0);
  if (score < (options.minScore ?? MIN_SCORE)) return undefined;
  return { status: 'anchored', start, end, method: 'quote', score };
}

function toQuery(quote: TextQuoteSelector, hint: number): Query {
  return { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix, hint };
}

function foldQuote(quote: TextQuoteSelector): TextQuoteSelector {
  return { ...quote, exact: fold(quote.exact), prefix: fold(quote.prefix), suffix: fold(quote.suffix) };
}

function clamp(offset: number, length: number): number {
  return Number.isFinite(offset) ? Math.min(length, Math.max(0, Math.round(offset))) : 0;
}

function toResult(decision: Decision<ScoredMatch>): AnchorResult {
  switch (decision.status) {
    case 'anchored': {
      const { start, end, score, errors } = decision.candidate;
      return { status: 'anchored', start, end, method: errors === 0 ? 'quote' : 'fuzzy', score };
    }
    case 'ambiguous':
      return { status: 'ambiguous', candidates: decision.candidates.map(toCandidate) };
    case 'orphan':
      return decision.best === undefined ? { status: 'orphan' } : { status: 'orphan', best: toCandidate(decision.best) };
  }
}

function toCandidate({ start, end, score }: Candidate): Candidate {
  return { start, end, score };
}
