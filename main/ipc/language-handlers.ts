import type { Api, Output } from '../../shared/ipc/contract';
import { UserFacingError } from '../../shared/ipc/result';
import type { Article } from '../../shared/model/article';
import type { Store } from '../store';

/** What the language handler needs: the store, and the version handlers' way of adding a version. */
export interface LanguageHandlerDeps {
  store: Store;
  /** Makes `article` (imported from `bytes`) the next version of `documentId`, re-anchoring the analyst's layer. */
  addVersion: (documentId: string, article: Article, bytes: Uint8Array) => Promise<Output<'document:addVersion'>>;
}

/**
 * Main's side of `document:setLanguage`. The article — its text and imported bytes unchanged,
 * only `lang` new — goes through the same "add a version" path as Import New Version: the
 * version with the earlier language is archived (never lost), the analyst's layer is re-anchored
 * onto the text by the code a newly imported version uses, and colleagues' layers follow when
 * their apps next open the article; the reader opens it again, splitting its sentences afresh.
 * Asking for the language the article already has is refused and changes nothing.
 */
export function createLanguageHandlers({ store, addVersion }: LanguageHandlerDeps): Pick<Api, 'document:setLanguage'> {
  return {
    'document:setLanguage': async ({ documentId, lang }) => {
      const article = await store.getArticle(documentId);
      if (article.lang === lang) throw new UserFacingError('invalid-request', `The article is already marked as ${lang}.`);
      return addVersion(documentId, { ...article, lang }, await store.readSource(article.source.sha256));
    },
  };
}
