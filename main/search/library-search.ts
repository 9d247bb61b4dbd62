import { posix } from 'node:path';
import type { AppCommand } from '../../shared/ipc/channels';
import type { Creator } from '../../shared/model/annotation';
import type { LibrarySearchFacets, LibrarySearchFilters, LibrarySearchHit } from '../../shared/ipc/search-contract';
import { DEFAULT_SEARCH_LIMIT, SearchIndex } from '../../shared/search';
import { listLayerAnalysts, type Store } from '../store';
import { LIBRARY_PATH, documentPath, layerPath } from '../store/store-paths';
import { addLayerFacts, emptyFacts, passesFilters, type ArticleFacts } from './article-facts';

/**
 * What the library search reads: the store, its write channel, the casebook's word that
 * colleagues' files changed, and the analyst searching (whose hidden articles are left out);
 * without an analyst it searches the store's view, every article.
 */
export type SearchedStore = Pick<Store, 'dir' | 'listArticles' | 'getArticle' | 'getLayer' | 'onWrite' | 'libraryState'> & {
  onCommand(listener: (command: AppCommand) => void): () => void;
  analyst?: () => Creator;
};

/** Hits a filtered search looks through for each one it returns: filters drop whole articles. */
const FILTER_HEADROOM = 20;

/**
 * The app's search over the library, kept in main beside the store. The index is built on the
 * first search; after that each file the store writes (`onWrite`: an import, an edit of a
 * layer, a new version) marks its article, and a colleague's change on disk (`onCommand`) marks
 * every article, to be read again by the next search — so a save costs a set insertion, and a
 * search re-reads only what changed since the last one. Articles hidden from the analyst (they
 * deleted them for good and colleagues keep them) are in the index but never in a hit or a facet.
 */
export class LibrarySearch {
  private index: SearchIndex | null = null;
  private readonly facts = new Map<string, ArticleFacts>();
  private readonly dirtyPaths = new Set<string>();
  private everything = true;
  private refreshing: Promise<void> | null = null;

  constructor(private readonly store: SearchedStore) {
    store.onWrite((relPath) => this.dirtyPaths.add(relPath));
    store.onCommand((command) => {
      if (command === 'colleague-layers-changed' || command === 'library-changed') this.everything = true;
    });
  }

  /** The `limit` best hits for `query` in articles passing `filters`, with the values the filters can take now. */
  async search(
    query: string,
    limit = DEFAULT_SEARCH_LIMIT,
    filters: LibrarySearchFilters = {},
  ): Promise<{ hits: LibrarySearchHit[]; facets: LibrarySearchFacets }> {
    const index = await this.current();
    const hidden = await this.hidden();
    const filtered = hidden.size > 0 || Object.values(filters).some((value) => value !== undefined);
    const candidates = index.search(query, filtered ? limit * FILTER_HEADROOM : limit);
    const hits = filtered
      ? candidates.filter((hit) => !hidden.has(hit.docId) && this.passes(hit.docId, filters)).slice(0, limit)
      : candidates;
    return { hits, facets: this.facets(hidden) };
  }

  private passes(docId: string, filters: LibrarySearchFilters): boolean {
    const facts = this.facts.get(docId);
    return facts !== undefined && passesFilters(facts, filters);
  }

  /** The articles hidden from the analyst searching; none when the search has no analyst. */
  private async hidden(): Promise<ReadonlySet<string>> {
    if (!this.store.analyst) return new Set();
    return new Set(Object.keys((await this.store.libraryState.get(this.store.analyst().id)).hidden));
  }

  private facets(hidden: ReadonlySet<string>): LibrarySearchFacets {
    const analysts = new Map<string, string>();
    const verdicts = new Map<string, string>();
    for (const [docId, facts] of this.facts) {
      if (hidden.has(docId)) continue;
      for (const [id, name] of facts.analysts) analysts.set(id, name);
      for (const [key, label] of facts.verdicts) if (!verdicts.has(key)) verdicts.set(key, label);
    }
    return {
      analysts: [...analysts].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name)),
      verdicts: [...verdicts.values()].sort((a, b) => a.localeCompare(b)),
    };
  }

  /** The index with every change marked so far read in; concurrent searches share one refresh. */
  private async current(): Promise<SearchIndex> {
    while (this.index === null || this.everything || this.dirtyPaths.size > 0) {
      this.refreshing ??= this.refresh().finally(() => (this.refreshing = null));
      await this.refreshing;
    }
    return this.index;
  }

  private async refresh(): Promise<void> {
    const everything = this.everything || this.index === null || this.dirtyPaths.has(LIBRARY_PATH);
    const paths = new Set(this.dirtyPaths);
    this.everything = false;
    this.dirtyPaths.clear();
    const index = everything ? new SearchIndex() : this.index!;
    const articles = this.store.listArticles();
    if (everything) this.facts.clear();
    for (const summary of articles) {
      const layers = `${posix.dirname(layerPath(summary.id, 'analyst'))}/`;
      const touched = everything || paths.has(documentPath(summary.id)) || [...paths].some((p) => p.startsWith(layers));
      if (touched) await this.indexArticle(index, summary);
    }
    this.index = index;
  }

  private async indexArticle(index: SearchIndex, summary: { id: string; importedAt: string }): Promise<void> {
    index.removeArticle(summary.id);
    index.putArticle(await this.store.getArticle(summary.id));
    const facts = emptyFacts(summary);
    for (const id of (await listLayerAnalysts(this.store.dir, summary.id)).analysts) {
      const annotations = await this.store.getLayer(summary.id, { id, name: id });
      index.putLayer(summary.id, id, annotations);
      addLayerFacts(facts, id, annotations);
    }
    this.facts.set(summary.id, facts);
  }
}
