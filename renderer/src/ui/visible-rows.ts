/** Rows drawn beyond each edge of the viewport, so a quick scroll never shows a gap. */
export const OVERSCAN = 4;

/**
 * The half-open range of row indexes [first, last) a fixed-height list must render to cover
 * the viewport `[top, top + height)` plus `OVERSCAN` rows either side, clamped to `count`.
 */
export function visibleRows(top: number, height: number, rowHeight: number, count: number): { first: number; last: number } {
  const first = Math.max(0, Math.min(count, Math.floor(top / rowHeight) - OVERSCAN));
  const last = Math.min(count, Math.max(first, Math.ceil((top + height) / rowHeight) + OVERSCAN));
  return { first, last };
}
