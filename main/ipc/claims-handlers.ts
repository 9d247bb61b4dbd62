import type { Api } from '../../shared/ipc/contract';
import { UserFacingError } from '../../shared/ipc/result';
import { segmentText } from '../../shared/segment';
import { rankSentences, readSentences } from '../../shared/suggest';
import { toPlainText } from '../../shared/text/plain-text';
import { PRESET_SCALES } from '../../shared/verdict/preset-scales';
import type { Store } from '../store';

/**
 * The fact-checking handlers. `document:suggest` runs the offline suggester over a stored
 * article in main (wink-nlp and its model stay out of the renderer's bundle), reading each
 * sentence once for both the ranked suggestions and every sentence's claimant: about 0.15 s for
 * a 50 KB article, 2.5–3 s per MB. `settings:update` sets the scale the workspace rates on.
 */
export function createClaimsHandlers({ store }: { store: Store }): Pick<Api, 'document:suggest' | 'settings:update'> {
  return {
    'document:suggest': async ({ documentId }) => {
      const article = await store.getArticle(documentId);
      const text = toPlainText(article.blocks);
      const read = readSentences(text, segmentText(text));
      const claimants = read.flatMap((r) => (r?.claimant ? [{ start: r.span.start, end: r.span.end, claimant: r.claimant }] : []));
      return { suggestions: rankSentences(read), claimants };
    },

    'settings:update': async ({ ratingScale }) => {
      if (ratingScale !== undefined) {
        const scales = [...PRESET_SCALES, ...(store.getSettings().customScales ?? [])];
        if (!scales.some((s) => s.id === ratingScale)) {
          throw new UserFacingError('invalid-request', `"${ratingScale}" is not one of this workspace's rating scales.`);
        }
        return store.updateSettings({ ratingScale });
      }
      return store.getSettings();
    },
  };
}
