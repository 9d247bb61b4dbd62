import type { TextRange } from '../text/text-range';

/** How much text either side of a match a snippet keeps. */
const CONTEXT = 60;

/** `text` around `match`, cut with "…" where long, the matched part in a <mark>. */
export function MarkedSnippet({ text, match }: { text: string; match: TextRange }) {
  const from = Math.max(0, match.start - CONTEXT);
  const to = Math.min(text.length, match.end + CONTEXT);
  return (
    <span className="marked-snippet">
      {from > 0 && '…'}
      {text.slice(from, match.start)}
      <mark>{text.slice(match.start, match.end)}</mark>
      {text.slice(match.end, to)}
      {to < text.length && '…'}
    </span>
  );
}
