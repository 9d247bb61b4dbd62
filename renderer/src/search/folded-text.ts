import { foldTerm } from '../../../shared/search';
import type { TextRange } from '../text/text-range';

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });
// With the character before: a combining mark belongs to the grapheme of the letter it follows.
const NON_ASCII_RUN = /[\x00-\x7f]?[^\x00-\x7f]+/g;

/** Marks and joiners make a character of several code points; without them a code point is one. */
const JOINS = /[\p{M}\u200d]/u;

/** The user-perceived characters of `run`; the grapheme segmenter only where a run needs it, as it costs far more. */
function* characters(run: string): Iterable<{ segment: string; index: number }> {
  if (JOINS.test(run)) return yield* graphemes.segment(run);
  let index = 0;
  for (const segment of run) {
    yield { segment, index };
    index += segment.length;
  }
}

/**
 * Folds `text` as search folds a word (`foldTerm`: case, Latin/Greek/Cyrillic accents, ß → ss…),
 * one grapheme at a time, with white space made single spaces. `origin[i]` is where the folded
 * character `i` came from in `text`, and `origin[folded.length]` is `text.length`.
 */
function fold(text: string): { folded: string; origin: Int32Array } {
  const parts: string[] = [];
  // Folding can lengthen text (ß → ss); the table grows when it does.
  let origin = new Int32Array(text.length + 1);
  let length = 0;
  const reserve = (extra: number) => {
    if (length + extra + 1 <= origin.length) return;
    const grown = new Int32Array(Math.max(origin.length * 2, length + extra + 1));
    grown.set(origin);
    origin = grown;
  };
  const ascii = (from: number, end: number) => {
    // Only white space other than a plain space is replaced: replacing every space costs ten times more.
    parts.push(
      text
        .slice(from, end)
        .toLowerCase()
        .replace(/[^\S ]/g, ' '),
    );
    reserve(end - from);
    for (let k = from; k < end; k++) origin[length++] = k;
  };
  let from = 0;
  for (const run of text.matchAll(NON_ASCII_RUN)) {
    ascii(from, run.index);
    for (const { segment, index } of characters(run[0])) {
      const piece = /^\s+$/u.test(segment) ? ' ' : foldTerm(segment);
      parts.push(piece);
      reserve(piece.length);
      for (let k = 0; k < piece.length; k++) origin[length++] = run.index + index;
    }
    from = run.index + run[0].length;
  }
  ascii(from, text.length);
  origin[length] = text.length;
  return { folded: parts.join(''), origin: origin.subarray(0, length + 1) };
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
