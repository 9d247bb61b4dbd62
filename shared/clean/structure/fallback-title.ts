const MAX_TITLE_CHARS = 80;
// A stop of any script before a space or the end; Chinese and Japanese stops need no space.
const SENTENCE_STOP = /[.!?؟۔।॥](?=\s|$)|[。！？｡]/gu;
// Initials and dotted abbreviations: 'J.', 'U.S', 'a.m'.
const INITIALS = /^(?:\p{L}|(?:\p{L}\.)+\p{L})$/u;

/**
 * A stand-in title for text without a headline: the first sentence of `text` when it fits in 80
 * characters, else its first words cut at a word boundary with "…" (80 characters at most).
 * Returns '' for empty text.
 */
export function fallbackTitle(text: string): string {
  const end = firstSentenceEnd(text.slice(0, MAX_TITLE_CHARS + 1));
  if (end !== undefined && end <= MAX_TITLE_CHARS) return text.slice(0, end);
  if (text.length <= MAX_TITLE_CHARS) return text;
  const cut = text.slice(0, MAX_TITLE_CHARS);
  const boundary = cut.lastIndexOf(' ');
  return `${(boundary > 0 ? cut.slice(0, boundary) : cut.slice(0, MAX_TITLE_CHARS - 1)).replace(/[\s,;:–—-]+$/u, '')}…`;
}

// Where the first sentence ends, or undefined. A full stop closing an abbreviation does not end it:
// 'The U.S. has…' and 'Feb. 23, 2015 -- …' would otherwise title an article 'The U.S.' or 'Feb.'.
function firstSentenceEnd(text: string): number | undefined {
  for (const stop of text.matchAll(SENTENCE_STOP)) {
    if (stop.index > 0 && (stop[0] !== '.' || closesSentence(text, stop.index))) return stop.index + stop[0].length;
  }
  return undefined;
}

// A full stop ends a sentence unless the next word starts in lower case or with a digit, or the
// stop closes an initial or dotted initials.
function closesSentence(text: string, stop: number): boolean {
  const next = /^\s+(\S)/u.exec(text.slice(stop + 1))?.[1];
  if (next !== undefined && /[\p{Ll}\p{Nd}]/u.test(next)) return false;
  return !INITIALS.test(/\S*$/u.exec(text.slice(0, stop))?.[0] ?? '');
}
