/**
 * One sentence as a half-open range [start, end) of UTF-16 offsets into the segmented text.
 * The range never starts or ends with whitespace and is never empty.
 */
export interface SentenceSpan {
  start: number;
  end: number;
}
