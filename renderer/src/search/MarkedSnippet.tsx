import type { TextRange } from '../text/text-range';

/** `text` around `match`, cut with "…" more than `context` characters (60 by default) either side, the matched part in a <mark>. */
export function MarkedSnippet({ text, match, context = 60 }: { text: string; match: TextRange; context?: number }) {
  const from = Math.max(0, match.start - context);
  const to = Math.min(text.length, match.end + context);
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
