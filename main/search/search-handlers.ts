import type { Api } from '../../shared/ipc/contract';
import type { searchContract } from '../../shared/ipc/search-contract';
import { LibrarySearch, type SearchedStore } from './library-search';

/**
 * The `search:library` handler over `store`: its index is built on the first search and kept
 * up to date from the store's writes and colleagues' changes from then on (see `LibrarySearch`).
 */
export function createSearchHandlers(store: SearchedStore): Pick<Api, keyof typeof searchContract> {
  let search: LibrarySearch | null = null;
  return {
    'search:library': async ({ query, limit, filters }) => {
      search ??= new LibrarySearch(store);
      return search.search(query, limit, filters);
    },
  };
}
