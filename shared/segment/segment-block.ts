import { endsSentence } from './ends-sentence';
import type { SentenceSpan } from './sentence-span';

/**
 * Splits one block (a paragraph, heading or caption; no BLOCK_SEPARATOR inside) into sentences,
 * with offsets shifted by `offset` so a caller can pass the block's place in a larger text.
 * Spans are ordered, disjoint, trimmed and together cover every non-space character; text after
 * the last terminal punctuation (a heading, a caption) is a sentence of its own. Whitespace-only
 * text yields no span. Runs in time linear in `text.length`.
 */
export function segmentBlock(text: string, offset = 0): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = skipWhitespace(text, 0);
  if (start === text.length) return spans;
  // Only a word ending in terminal punctuation (and closing quotes or brackets) can end a
  // sentence, so the regex finds those few word ends instead of visiting every word. A fresh
  // regex per call: a shared /g regex would carry lastIndex across calls.
  const candidates = /[.!?…]["'”’)\]}»›]*(?=\s)/g;
  for (let match = candidates.exec(text); match; match = candidates.exec(text)) {
    const end = match.index + match[0].length;
    const nextStart = skipWhitespace(text, end);
    if (nextStart === text.length) break;
    const token = text.slice(wordStart(text, match.index), end);
    const next = text.slice(nextStart, wordEnd(text, nextStart));
    if (endsSentence(token, next)) {
      spans.push({ start: start + offset, end: end + offset });
      start = nextStart;
    }
  }
  spans.push({ start: start + offset, end: trimmedEnd(text) + offset });
  return spans;
}

function skipWhitespace(text: string, from: number): number {
  let at = from;
  while (at < text.length && isWhitespace(text.charCodeAt(at))) at += 1;
  return at;
}

function wordStart(text: string, inside: number): number {
  let at = inside;
  while (at > 0 && !isWhitespace(text.charCodeAt(at - 1))) at -= 1;
  return at;
}

function wordEnd(text: string, from: number): number {
  let at = from;
  while (at < text.length && !isWhitespace(text.charCodeAt(at))) at += 1;
  return at;
}

function trimmedEnd(text: string): number {
  let at = text.length;
  while (at > 0 && isWhitespace(text.charCodeAt(at - 1))) at -= 1;
  return at;
}

// Exactly the characters of the regex class \s (and of String.prototype.trim), so spans agree
// with the candidate regex and come out trimmed.
function isWhitespace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
