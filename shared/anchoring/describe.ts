import type { AnnotationSelectors } from './selectors';

/** Characters of context stored on each side of a quote. */
export const CONTEXT_LENGTH = 32;

/**
 * Describes the span [start, end) of `text` as selectors: the quoted text, up to
 * `CONTEXT_LENGTH` characters of context on each side (fewer near the ends of
 * the text), and the offsets themselves.
 *
 * Throws RangeError unless start and end are integers with
 * 0 <= start < end <= text.length: an empty span could never be found again.
 */
export function describe(text: string, start: number, end: number): AnnotationSelectors {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`Invalid span [${start}, ${end}) for a text of length ${text.length}`);
  }
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}
