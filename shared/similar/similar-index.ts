import MiniSearch from 'minisearch';
import { analyseClaimText, type AnalysedText } from './analyse-claim-text';
import { claimantTerms } from './claimant-terms';
import { scoreMatch, type Comparable } from './score-match';
import type { SimilarEntry, SimilarMatch } from './similar-entry';

/**
 * The score below which a match is not shown: measured on the labelled set in
 * `test-support/similar-pairs.ts` (see shared/similar/README.md for the figures).
 */
export const DEFAULT_SIMILAR_THRESHOLD = 0.45;

/** What to look for: a claim's text, and its claimant when known. */
export interface SimilarQuery {
  text: string;
  claimant?: string;
  /** Keys never returned, such as the claim the query was made from. */
  exclude?: readonly string[];
}

/** How many matches, and the least score a match needs. */
export interface SimilarSearchOptions {
  limit?: number;
  threshold?: number;
}

/** The similar-claims index: entries added, replaced and removed one at a time, searched offline. */
export interface SimilarIndex {
  /** Adds `entry`, or replaces the entry with its key. */
  upsert(entry: SimilarEntry): void;
  /** Removes the entry with `key`; nothing happens when there is none. */
  remove(key: string): void;
  /** How many entries the index holds. */
  size(): number;
  /**
   * The entries most like the query whose score reaches the threshold (default
   * DEFAULT_SIMILAR_THRESHOLD), best first, at most `limit` (default 5), each with its reasons.
   * BM25 (MiniSearch) picks the candidates; `scoreMatch` scores and explains them.
   */
  search(query: SimilarQuery, options?: SimilarSearchOptions): SimilarMatch[];
  /** The whole index as a JSON string `loadSimilarIndex` reads back: entries, their analysed texts and MiniSearch's own index. */
  serialise(): string;
}

/** Bumped whenever the analysis or the serialised shape changes: an index saved under another format is built again. */
export const SIMILAR_INDEX_FORMAT = 2;

interface SerialisedIndex {
  format: number;
  entries: [SimilarEntry, SerialisedText][];
  search: ReturnType<MiniSearch['toJSON']>;
}

type SerialisedText = Omit<AnalysedText, 'surfaces'> & { surfaces: [string, string][] };

/** How many of BM25's best candidates are scored again; more costs time and finds nothing BM25 ranked lower. */
const CANDIDATES = 100;
const MINISEARCH_OPTIONS = {
  fields: ['terms'],
  tokenize: (text: string) => text.split(' '),
  processTerm: (term: string) => (term === '' ? null : term),
  searchOptions: { combineWith: 'OR', prefix: false, fuzzy: false },
} as const;
/**
 * Entries counted as if present and holding none of the query's words. In a new casebook of a few
 * claims every word of two rewordings is in most entries, so plain BM25 weighs the words they share
 * near zero and the words only one of them has (town, funding) many times more: the same claim was
 * held back. Beside thousands of entries this background changes nothing.
 */
const BACKGROUND_ENTRIES = 100;

/** A term in more entries than this share of the index (and at least COMMON_FLOOR) is too common to look up. */
const COMMON_SHARE = 0.02;
const COMMON_FLOOR = 50;
/** Terms looked up per query: at most MAX_LOOKUP_TERMS rare ones; when they find too few, the rarest LOOKUP_TERMS of all. */
const LOOKUP_TERMS = 4;
const MAX_LOOKUP_TERMS = 10;

interface Indexed {
  entry: SimilarEntry;
  side: Comparable;
}

/**
 * Makes an empty similar-claims index. Texts are analysed once, when added (`analyseClaimText`):
 * numbers, case, accents and plurals normalised, words split by `Intl.Segmenter`. Runs anywhere,
 * offline.
 */
export function createSimilarIndex(): SimilarIndex {
  return makeIndex(new MiniSearch<Document>({ ...MINISEARCH_OPTIONS, fields: [...MINISEARCH_OPTIONS.fields] }), []);
}

/**
 * The index `SimilarIndex.serialise` wrote, without analysing a text or adding a document again
 * (MiniSearch.loadJS, the JSON parsed once); undefined when `json` was written under another SIMILAR_INDEX_FORMAT or
 * is not such an index.
 */
export function loadSimilarIndex(json: string): SimilarIndex | undefined {
  let saved: SerialisedIndex;
  try {
    saved = JSON.parse(json) as SerialisedIndex;
  } catch {
    return undefined;
  }
  if (saved.format !== SIMILAR_INDEX_FORMAT || !Array.isArray(saved.entries)) return undefined;
  // loadJS takes the object already parsed with the entries: the saved JSON is parsed once.
  const search = MiniSearch.loadJS<Document>(saved.search, {
    ...MINISEARCH_OPTIONS,
    fields: [...MINISEARCH_OPTIONS.fields],
  });
  const indexed = saved.entries.map(([entry, text]): Indexed => {
    const side: Comparable = {
      text: { ...text, surfaces: new Map(text.surfaces) },
      claimantTerms: entry.claimant === undefined ? [] : claimantTerms(entry.claimant),
    };
    if (entry.claimant !== undefined) side.claimant = entry.claimant;
    return { entry, side };
  });
  return makeIndex(search, indexed);
}

interface Document {
  id: string;
  terms: string;
}

function makeIndex(search: MiniSearch<Document>, restored: readonly Indexed[]): SimilarIndex {
  const byKey = new Map<string, Indexed>();
  const documentFrequency = new Map<string, number>();

  function count(text: AnalysedText, by: 1 | -1): void {
    for (const term of new Set(text.terms)) {
      const next = (documentFrequency.get(term) ?? 0) + by;
      if (next > 0) documentFrequency.set(term, next);
      else documentFrequency.delete(term);
    }
  }

  function remove(key: string): void {
    const old = byKey.get(key);
    if (!old) return;
    search.discard(key);
    count(old.side.text, -1);
    byKey.delete(key);
  }

  function idf(term: string): number {
    const n = byKey.size + BACKGROUND_ENTRIES;
    const df = documentFrequency.get(term) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /**
   * BM25's best candidates for the query terms. The rare terms are looked up first: a term half
   * the index holds costs a pass over half the index and barely moves the ranking. Only when they
   * find too few are the rarest few of the rest added. `scoreMatch` still weighs every term.
   */
  function candidatesFor(terms: readonly string[]): string[] {
    // A term no entry holds finds nothing: looked up, it would only take the place of one that does.
    const byRarity = [...new Set(terms)]
      .filter((t) => documentFrequency.has(t))
      .sort((a, b) => documentFrequency.get(a)! - documentFrequency.get(b)!);
    const common = Math.max(COMMON_FLOOR, byKey.size * COMMON_SHARE);
    const rare = byRarity.filter((t) => (documentFrequency.get(t) ?? 0) <= common).slice(0, MAX_LOOKUP_TERMS);
    const found = rare.length === 0 ? [] : search.search(rare.join(' ')).slice(0, CANDIDATES);
    if (found.length >= CANDIDATES / 2 || rare.length >= byRarity.length) return found.map((r) => r.id as string);
    const more = search.search(byRarity.slice(0, Math.max(LOOKUP_TERMS, rare.length)).join(' ')).slice(0, CANDIDATES);
    return [...new Set([...found, ...more].map((r) => r.id as string))];
  }

  for (const indexed of restored) {
    byKey.set(indexed.entry.key, indexed);
    count(indexed.side.text, 1);
  }

  return {
    upsert(entry) {
      remove(entry.key);
      const side = comparable(entry.text, entry.claimant);
      byKey.set(entry.key, { entry, side });
      count(side.text, 1);
      search.add({ id: entry.key, terms: side.text.terms.join(' ') });
    },
    remove,
    size: () => byKey.size,
    search(query, options = {}) {
      const side = comparable(query.text, query.claimant);
      if (side.text.terms.length === 0) return [];
      const excluded = new Set(query.exclude ?? []);
      const threshold = options.threshold ?? DEFAULT_SIMILAR_THRESHOLD;
      const matches: SimilarMatch[] = [];
      for (const id of candidatesFor(side.text.terms)) {
        const found = byKey.get(id);
        if (!found || excluded.has(found.entry.key)) continue;
        const { score, reasons } = scoreMatch(side, found.side, idf, threshold);
        if (score >= threshold) matches.push({ entry: found.entry, score, reasons });
      }
      matches.sort((a, b) => b.score - a.score || a.entry.key.localeCompare(b.entry.key));
      return matches.slice(0, options.limit ?? 5);
    },
    serialise() {
      const saved: SerialisedIndex = {
        format: SIMILAR_INDEX_FORMAT,
        entries: [...byKey.values()].map(({ entry, side }) => [entry, { ...side.text, surfaces: [...side.text.surfaces] }]),
        search: search.toJSON(),
      };
      return JSON.stringify(saved);
    },
  };
}

function comparable(text: string, claimant: string | undefined): Comparable {
  const side: Comparable = { text: analyseClaimText(text), claimantTerms: claimant === undefined ? [] : claimantTerms(claimant) };
  if (claimant !== undefined) side.claimant = claimant;
  return side;
}
