// One formatter for all counts: `Number.prototype.toLocaleString` builds a new one per call
// (~0.15 ms each in Chromium), and the sidebar shows four counts on every tag.
const counts = new Intl.NumberFormat();

/** "10,000": a count in the analyst's locale. */
export function formatCount(count: number): string {
  return counts.format(count);
}
