const MAX_TITLE_CHARS = 80;
// A stop of any script before a space or the end; Chinese and Japanese stops need no space.
const FIRST_SENTENCE = /^.+?(?:[.!?؟۔।॥](?=\s|$)|[。！？｡])/u;

/**
 * A stand-in title for text without a headline: the first sentence of `text` when it fits in 80
 * characters, else its first words cut at a word boundary with "…" (80 characters at most).
 * Returns '' for empty text.
 */
export function fallbackTitle(text: string): string {
  const sentence = FIRST_SENTENCE.exec(text.slice(0, MAX_TITLE_CHARS + 1))?.[0];
  if (sentence !== undefined && sentence.length <= MAX_TITLE_CHARS) return sentence;
  if (text.length <= MAX_TITLE_CHARS) return text;
  const cut = text.slice(0, MAX_TITLE_CHARS);
  const boundary = cut.lastIndexOf(' ');
  return `${(boundary > 0 ? cut.slice(0, boundary) : cut.slice(0, MAX_TITLE_CHARS - 1)).replace(/[\s,;:–—-]+$/u, '')}…`;
}
