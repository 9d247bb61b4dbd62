/** A half-open range [start, end) of the article's plain text: the app's unit of selection. */
export interface TextRange {
  start: number;
  end: number;
}

/** Tells whether two ranges cover exactly the same text. */
export function sameRange(a: TextRange, b: TextRange): boolean {
  return a.start === b.start && a.end === b.end;
}
