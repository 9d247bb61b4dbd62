import { foldTerm } from './fold-term';

/** One searchable word of a text: its folded form and where it stands, [start, end) in UTF-16 units. */
export interface Token {
  term: string;
  start: number;
  end: number;
  /** A word; or, in a script written without spaces, one character or a pair of adjacent ones. */
  unit: 'word' | 'character' | 'pair';
}

/** Scripts written without spaces between words; the word segmenter's guesses there vary with context. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** French and Italian elisions ("l’été", "dell'anno") whose word is searched on its own too. */
const ELISION = /^(\p{L}{1,2}|qu|dell|nell|sull|all|dall)['’](\p{L}.*)$/iu;

const words = new Intl.Segmenter('und', { granularity: 'word' });
const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/**
 * Splits `text` into the words search indexes and matches, with exact offsets into `text`.
 * Word boundaries come from `Intl.Segmenter`, so any script splits; every word is folded
 * (`foldTerm`). Runs of Chinese, Japanese, Thai, Lao, Khmer or Burmese are indexed as every
 * character and every pair of adjacent characters, so a query finds its text however the
 * segmenter cut the run in the article and in the query. An elided article ("l’été") also
 * yields the word after the apostrophe.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let run: { start: number; end: number } | undefined;
  const flushRun = (): void => {
    if (run !== undefined) tokens.push(...ngrams(text, run.start, run.end));
    run = undefined;
  };
  for (const { segment, index, isWordLike } of words.segment(text)) {
    if (!isWordLike) {
      flushRun();
      continue;
    }
    const end = index + segment.length;
    if (!isBasicLatin(segment) && UNSPACED.test(segment)) {
      run = run === undefined ? { start: index, end } : { start: run.start, end };
      continue;
    }
    flushRun();
    tokens.push({ term: foldTerm(segment), start: index, end, unit: 'word' });
    const elided = segment.includes("'") || segment.includes('’') ? ELISION.exec(segment) : null;
    if (elided?.[2] !== undefined) tokens.push({ term: foldTerm(elided[2]), start: end - elided[2].length, end, unit: 'word' });
  }
  flushRun();
  return tokens;
}

function isBasicLatin(segment: string): boolean {
  for (let i = 0; i < segment.length; i++) if (segment.charCodeAt(i) > 0x7f) return false;
  return true;
}

function ngrams(text: string, start: number, end: number): Token[] {
  const units = [...graphemes.segment(text.slice(start, end))].map(({ segment, index }): Token => ({
    term: foldTerm(segment),
    start: start + index,
    end: start + index + segment.length,
    unit: 'character',
  }));
  const tokens: Token[] = [...units];
  for (let i = 0; i + 1 < units.length; i++) {
    const [a, b] = [units[i], units[i + 1]];
    if (a !== undefined && b !== undefined) tokens.push({ term: a.term + b.term, start: a.start, end: b.end, unit: 'pair' });
  }
  return tokens;
}
