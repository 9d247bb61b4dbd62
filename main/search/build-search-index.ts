import { SearchIndex } from '../../shared/search';
import { listLayerAnalysts, type Store } from '../store';

/**
 * Indexes one stored article — its title, its text and every analyst's layer on it (a
 * colleague's too) — into `index`, replacing what `index` held for it. Reads only.
 */
export async function indexStoredArticle(store: Store, index: SearchIndex, docId: string): Promise<void> {
  index.putArticle(await store.getArticle(docId));
  const { analysts } = await listLayerAnalysts(store.dir, docId);
  for (const id of analysts) index.putLayer(docId, id, await store.getLayer(docId, { id, name: id }));
}

/** A search index over every article in the store and every analyst's layers on them. Reads only. */
export async function buildSearchIndex(store: Store): Promise<SearchIndex> {
  const index = new SearchIndex();
  for (const { id } of store.listArticles()) await indexStoredArticle(store, index, id);
  return index;
}
