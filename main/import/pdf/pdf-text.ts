/**
 * A run of text as drawn on a page. Points, with x from the page's left edge and y from its top
 * edge down to the baseline, so that sorting by y gives reading order. `size` is the font size
 * as drawn (after scaling). `upright` is false for text drawn rotated or sideways.
 */
export interface PlacedText {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  upright: boolean;
}

/**
 * One line of text on a page: runs on one baseline with no wide gap between them (a gap as wide
 * as a column gutter starts another line). `text` has single spaces and no line breaks; it may
 * end with a hyphen that the paragraph joiner decides about.
 */
export interface TextLine {
  page: number;
  text: string;
  x: number;
  xEnd: number;
  y: number;
  size: number;
}

/** The lines of one page, top to bottom, and the page's size in points. */
export interface PageLines {
  page: number;
  width: number;
  height: number;
  lines: TextLine[];
}

/** Text left out of the article: where it was, the rule that left it out and why, for the analyst. */
export interface DroppedPdfText {
  page: number;
  text: string;
  rule: string;
  reason: string;
}
