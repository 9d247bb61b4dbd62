import { foldTerm } from '../../../shared/search';
import type { TextRange } from '../text/text-range';

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });
// With the character before: a combining mark belongs to the grapheme of the letter it follows.
const NON_ASCII_RUN = /[\x00-\x7f]?[^\x00-\x7f]+/g;

/**
 * Folds `text` as search folds a word (`foldTerm`: case, Latin/Greek/Cyrillic accents, ß → ss…),
 * one grapheme at a time, with white space made single spaces. `origin[i]` is where the folded
 * character `i` came from in `text`, and `origin[folded.length]` is `text.length`.
 */
function fold(text: string): { folded: string; origin: Int32Array } {
  const parts: string[] = [];
  const origin: number[] = [];
  const push = (piece: string, at: number) => {
    parts.push(piece);
    for (let k = 0; k < piece.length; k++) origin.push(at);
  };
  let from = 0;
  const ascii = (end: number) => {
    const lower = text.slice(from, end).toLowerCase().replace(/\s/g, ' ');
    parts.push(lower);
    for (let k = 0; k < lower.length; k++) origin.push(from + k);
  };
  for (const run of text.matchAll(NON_ASCII_RUN)) {
    ascii(run.index);
    for (const { segment, index } of graphemes.segment(run[0])) {
      push(/^\s+$/u.test(segment) ? ' ' : foldTerm(segment), run.index + index);
    }
    from = run.index + run[0].length;
  }
  ascii(text.length);
  origin.push(text.length);
  return { folded: parts.join(''), origin: Int32Array.from(origin) };
}

/** A query folded for `FoldedText.find`: trimmed, white space single, case and accents folded; '' when blank. */
export function foldQuery(query: string): string {
  return fold(query.trim().replace(/\s+/g, ' ')).folded;
}

/**
 * A text ready for find-in-page matching: case- and accent-insensitive substring search, as a
 * browser's Ctrl+F but folding like the library search ("cafe" finds "Café", "strasse" finds
 * "Straße"), answering ranges of the original text. Folded once, searched many times.
 */
export class FoldedText {
  private readonly folded: string;
  private readonly origin: Int32Array;

  constructor(readonly text: string) {
    ({ folded: this.folded, origin: this.origin } = fold(text));
  }

  /** Every non-overlapping occurrence of `query` (already folded by `foldQuery`), in text order; none for ''. */
  find(foldedQuery: string, limit = Number.POSITIVE_INFINITY): TextRange[] {
    if (foldedQuery === '') return [];
    const hits: TextRange[] = [];
    for (let at = this.folded.indexOf(foldedQuery); at !== -1 && hits.length < limit;) {
      const end = at + foldedQuery.length;
      hits.push({ start: this.origin[at]!, end: this.endOf(end) });
      at = this.folded.indexOf(foldedQuery, end);
    }
    return hits;
  }

  /** Where the original grapheme behind folded character `end - 1` ends. */
  private endOf(end: number): number {
    const last = this.origin[end - 1]!;
    let next = end;
    while (next < this.origin.length - 1 && this.origin[next] === last) next++;
    return this.origin[next]!;
  }
}
