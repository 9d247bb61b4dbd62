import { tokenize, type Token } from './tokenize';

/** A query as search matches it: the words that must all occur, the last one also as a prefix. */
export interface ParsedQuery {
  /** Every folded term, as the index looks them up. */
  terms: string[];
  /** The query's words in scripts written with spaces. */
  words: string[];
  /** The query's runs in scripts written without spaces, each as its folded characters. */
  runs: string[][];
  /** The word a longer word may begin with ("minist" finds "ministry"), when the query ends in a word. */
  prefix: string | undefined;
}

/** Reads a query typed by the analyst; no terms when it holds no word. */
export function parseQuery(query: string): ParsedQuery {
  const tokens = tokenize(query);
  const last = tokens.at(-1);
  return {
    terms: tokens.map((t) => t.term),
    words: [...new Set(tokens.filter((t) => t.unit === 'word').map((t) => t.term))],
    runs: characterRuns(tokens).map((run) => run.map((t) => t.term)),
    prefix: last?.unit === 'word' && [...last.term].length >= 2 ? last.term : undefined,
  };
}

/**
 * Where `query` matches in `text`: from the start of the first query word (or whole run of
 * Chinese, Thai… characters) found in `text` to the end of the last, [start, end) in `text`'s
 * UTF-16 offsets; null when none occurs.
 */
export function locateMatch(text: string, query: ParsedQuery): { start: number; end: number } | null {
  const tokens = tokenize(text);
  const spans: { start: number; end: number }[] = tokens.filter(
    (t) => t.unit === 'word' && (query.words.includes(t.term) || (query.prefix !== undefined && t.term.startsWith(query.prefix))),
  );
  for (const run of characterRuns(tokens)) {
    for (const wanted of query.runs) spans.push(...occurrences(run, wanted));
  }
  if (spans.length === 0) return null;
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
}

/** The character tokens grouped into the unbroken runs they came from. */
function characterRuns(tokens: readonly Token[]): Token[][] {
  const runs: Token[][] = [];
  for (const token of tokens) {
    if (token.unit !== 'character') continue;
    const run = runs.at(-1);
    const previous = run?.at(-1);
    if (run !== undefined && previous !== undefined && previous.end === token.start) run.push(token);
    else runs.push([token]);
  }
  return runs;
}

function occurrences(run: readonly Token[], wanted: readonly string[]): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  for (let i = 0; i + wanted.length <= run.length; i++) {
    if (wanted.every((term, k) => run[i + k]?.term === term)) found.push({ start: run[i]!.start, end: run[i + wanted.length - 1]!.end });
  }
  return found;
}
