import type { Api } from '../../shared/ipc/contract';
import { segmentText } from '../../shared/segment';
import { rankSentences, readSentences } from '../../shared/suggest';
import { toPlainText } from '../../shared/text/plain-text';
import type { Store } from '../store';

/**
 * The fact-checking handlers. `document:suggest` runs the offline suggester over a stored
 * article in main (wink-nlp and its model stay out of the renderer's bundle), reading each
 * sentence once for both the ranked suggestions and every sentence's claimant: about 0.15 s for
 * a 50 KB article, 2.5–3 s per MB.
 */
export function createClaimsHandlers({ store }: { store: Store }): Pick<Api, 'document:suggest'> {
  return {
    'document:suggest': async ({ documentId }) => {
      const article = await store.getArticle(documentId);
      const text = toPlainText(article.blocks);
      const read = readSentences(text, segmentText(text));
      const claimants = read.flatMap((r) => (r?.claimant ? [{ start: r.span.start, end: r.span.end, claimant: r.claimant }] : []));
      return { suggestions: rankSentences(read), claimants };
    },
  };
}
