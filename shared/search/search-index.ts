import MiniSearch from 'minisearch';
import type { Annotation } from '../model/annotation';
import type { Article } from '../model/article';
import { makeSnippet } from './make-snippet';
import { locateMatch, parseQuery, type ParsedQuery } from './match-query';
import { articleEntries, layerEntries, type SearchEntry } from './search-entries';
import type { SearchField, SearchHit } from './search-hit';
import { tokenize } from './tokenize';

/** Field weights: a word in a title or a claim record says more about an article than one sentence. */
const WEIGHT: Readonly<Record<SearchField, number>> = { title: 2, claim: 1.5, note: 1.2, text: 1, source: 1 };

/** Results returned when the caller names no limit. */
export const DEFAULT_SEARCH_LIMIT = 20;

/**
 * A full-text index over articles (titles and sentences) and analysts' layers (notes, claim
 * records, sources), kept up to date one article or one layer at a time. Matching is case- and
 * accent-insensitive, in every script (see `tokenize`); every query word must occur in a hit,
 * the last one also as the start of a longer word.
 */
export class SearchIndex {
  private readonly index = new MiniSearch<SearchEntry>({
    fields: ['text'],
    tokenize: (text) => tokenize(text).map((t) => t.term),
    processTerm: (term) => term,
  });
  private readonly entries = new Map<string, SearchEntry>();
  /** Entry ids per part ("article id\0" for the text and title, "article id\0analyst id" for a layer). */
  private readonly parts = new Map<string, string[]>();
  private readonly titles = new Map<string, string>();

  /** Indexes an article's title and text, replacing what was indexed for it before (its layers stay). */
  putArticle(article: Pick<Article, 'id' | 'metadata' | 'blocks'>): void {
    this.titles.set(article.id, article.metadata.title);
    this.replacePart(partKey(article.id), articleEntries(article));
  }

  /** Indexes one analyst's annotations on an article, replacing that analyst's earlier layer. */
  putLayer(docId: string, analystId: string, annotations: readonly Annotation[]): void {
    this.replacePart(partKey(docId, analystId), layerEntries(docId, analystId, annotations));
  }

  /** Forgets one analyst's layer on an article. */
  removeLayer(docId: string, analystId: string): void {
    this.replacePart(partKey(docId, analystId), []);
  }

  /** Forgets an article: its title, text and every layer on it. */
  removeArticle(docId: string): void {
    for (const key of [...this.parts.keys()]) {
      if (key.startsWith(partKey(docId))) this.replacePart(key, []);
    }
    this.titles.delete(docId);
  }

  /** The `limit` best hits for `query`, best first (ties in article, field and text order); none for a query without words. */
  search(query: string, limit = DEFAULT_SEARCH_LIMIT): SearchHit[] {
    const parsed = parseQuery(query);
    if (parsed.terms.length === 0 || limit <= 0) return [];
    const results = this.index.search(parsed.terms.join(' '), {
      combineWith: 'AND',
      tokenize: () => parsed.terms,
      prefix: (term) => term === parsed.prefix,
      boostDocument: (id) => WEIGHT[this.entries.get(String(id))?.field ?? 'text'],
    });
    const ranked: { entry: SearchEntry; score: number }[] = [];
    for (const result of results) {
      const entry = this.entries.get(String(result.id));
      if (entry !== undefined) ranked.push({ entry, score: result.score });
    }
    // Only the hits returned are located and cut into snippets: a common word matches thousands of sentences.
    return ranked
      .sort(compareRanked)
      .slice(0, limit)
      .map(({ entry, score }) => this.toHit(entry, score, parsed));
  }

  private toHit(entry: SearchEntry, score: number, query: ParsedQuery): SearchHit {
    const match = locateMatch(entry.text, query) ?? { start: 0, end: 0 };
    const span =
      entry.field === 'text' && entry.start !== null
        ? { start: entry.start + match.start, end: entry.start + match.end }
        : { start: entry.start, end: entry.end };
    return {
      docId: entry.docId,
      title: this.titles.get(entry.docId) ?? '',
      field: entry.field,
      ...span,
      snippet: makeSnippet(entry.text, match),
      score,
    };
  }

  private replacePart(key: string, entries: readonly SearchEntry[]): void {
    const old = this.parts.get(key) ?? [];
    if (old.length > 0) this.index.discardAll(old);
    for (const id of old) this.entries.delete(id);
    for (const entry of entries) this.entries.set(entry.id, entry);
    this.index.addAll(entries);
    if (entries.length > 0)
      this.parts.set(
        key,
        entries.map((e) => e.id),
      );
    else this.parts.delete(key);
  }
}

function partKey(docId: string, analystId = ''): string {
  return `${docId}\u0000${analystId}`;
}

const FIELD_ORDER: readonly SearchField[] = ['title', 'text', 'claim', 'note', 'source'];

function compareRanked(a: { entry: SearchEntry; score: number }, b: { entry: SearchEntry; score: number }): number {
  return (
    b.score - a.score ||
    a.entry.docId.localeCompare(b.entry.docId) ||
    FIELD_ORDER.indexOf(a.entry.field) - FIELD_ORDER.indexOf(b.entry.field) ||
    (a.entry.start ?? -1) - (b.entry.start ?? -1)
  );
}
