/** How many characters of context a snippet keeps either side of the match. */
const CONTEXT = 80;

/**
 * The part of `text` to show with a hit: all of it when short, else the match with about 80
 * characters either side, cut at spaces where possible and marked with "…" where text was left
 * out. Line breaks become spaces, one for one, so offsets still hold.
 */
export function makeSnippet(text: string, match: { start: number; end: number }): string {
  const flat = text.replace(/\s/g, ' ');
  if (flat.length <= 2 * CONTEXT + (match.end - match.start)) return flat.trim();
  let from = Math.max(0, match.start - CONTEXT);
  let to = Math.min(flat.length, match.end + CONTEXT);
  if (from > 0) {
    const space = flat.indexOf(' ', from);
    if (space !== -1 && space < match.start) from = space + 1;
  }
  if (to < flat.length) {
    const space = flat.lastIndexOf(' ', to);
    if (space > match.end) to = space;
  }
  return `${from > 0 ? '…' : ''}${flat.slice(from, to).trim()}${to < flat.length ? '…' : ''}`;
}
