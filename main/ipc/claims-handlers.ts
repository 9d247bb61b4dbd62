import type { Api } from '../../shared/ipc/contract';
import { unsupportedSuggestLanguage } from '../../shared/suggest';
import { toPlainText } from '../../shared/text/plain-text';
import type { Store } from '../store';
import { suggestInWorker } from '../suggest/suggest-worker-pool';

/**
 * The fact-checking handlers. `document:suggest` runs the offline suggester over a stored
 * article in the suggest worker (wink-nlp and its model stay out of the renderer's bundle, and
 * 2.5–3 s per MB stays off the main process's thread, so other requests are answered meanwhile);
 * an article in a language the suggester cannot read gets no suggestions and says so.
 */
export function createClaimsHandlers({ store }: { store: Store }): Pick<Api, 'document:suggest'> {
  return {
    'document:suggest': async ({ documentId }) => {
      const article = await store.getArticle(documentId);
      const text = toPlainText(article.blocks);
      const unsupportedLanguage = unsupportedSuggestLanguage(article.lang, text);
      return unsupportedLanguage ? { suggestions: [], claimants: [], unsupportedLanguage } : suggestInWorker(text);
    },
  };
}
