import { segmentBlock } from '../segment';
import { BLOCK_SEPARATOR } from '../text/plain-text';

/** A piece of text being compared: `[start, end)` is its content, `[end, next)` the space after it. */
export interface TextUnit {
  start: number;
  end: number;
  /** Where the next unit starts (or the text's length): the whitespace or paragraph break after this one. */
  next: number;
}

/**
 * The sentences of a document's plain text (blocks joined by BLOCK_SEPARATOR), each with the
 * whitespace after it. Units are in order and together with any leading whitespace cover the
 * whole text, so joining what they cover gives the text back.
 */
export function splitSentences(text: string): TextUnit[] {
  const spans: { start: number; end: number }[] = [];
  let blockStart = 0;
  while (blockStart <= text.length) {
    const found = text.indexOf(BLOCK_SEPARATOR, blockStart);
    const blockEnd = found === -1 ? text.length : found;
    spans.push(...segmentBlock(text.slice(blockStart, blockEnd), blockStart));
    if (found === -1) break;
    blockStart = found + BLOCK_SEPARATOR.length;
  }
  return withFollowingSpace(spans, text.length);
}

/** Words (letters and digits, keeping "1,200", "3.5" and "don't" whole), single punctuation marks, and runs of space. */
const WORD_TOKEN = /[\p{L}\p{N}]+(?:[’'.,][\p{L}\p{N}]+)*|\s+|[^\s\p{L}\p{N}]/gsu;

/** The tokens of `text.slice(start, end)`, with offsets into `text`; they cover the range exactly. */
export function splitWords(text: string, start: number, end: number): TextUnit[] {
  const units: TextUnit[] = [];
  const slice = text.slice(start, end);
  for (const match of slice.matchAll(WORD_TOKEN)) {
    const at = start + match.index;
    units.push({ start: at, end: at + match[0].length, next: at + match[0].length });
  }
  return units;
}

function withFollowingSpace(spans: readonly { start: number; end: number }[], length: number): TextUnit[] {
  return spans.map((span, i) => ({ start: span.start, end: span.end, next: spans[i + 1]?.start ?? length }));
}
