import type { PlacedText } from './pdf-text';

/** The parts of a pdf.js text item that placing it needs (pdf.js's `TextItem`). */
export interface PdfjsTextItem {
  str: string;
  width: number;
  /** [a, b, c, d, e, f]: the text matrix in page space, y up from the bottom. */
  transform: number[];
}

/**
 * Places pdf.js text items on a page whose visible box is `view` ([x0, y0, x1, y1], y up):
 * coordinates become relative to the box's top left. Items with no text are left out.
 */
export function toPlacedText(items: readonly PdfjsTextItem[], view: readonly number[]): PlacedText[] {
  const [left = 0, , , top = 0] = view;
  const placed: PlacedText[] = [];
  for (const item of items) {
    if (item.str === '') continue;
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform;
    placed.push({
      text: item.str,
      x: e - left,
      y: top - f,
      width: item.width,
      // The vertical scale is the font size as drawn, whatever the horizontal stretch.
      size: Math.hypot(c, d),
      // A text matrix that rotates or flips the baseline: margin notes printed sideways.
      upright: Math.abs(b) < 1e-3 * Math.abs(a) && Math.abs(c) < 1e-3 * Math.abs(d) && a > 0 && d > 0,
    });
  }
  return placed;
}
