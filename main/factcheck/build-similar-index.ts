import { createSimilarIndex, entriesFromLayer, entryFromFactCheck, type SimilarIndex } from '../../shared/similar';
import { PRESET_SCALES } from '../../shared/verdict';
import { listLayerAnalysts, type Store } from '../store';
import { openFactChecksFile } from './fact-checks-file';

/**
 * Builds the similar-claims index of a whole store: every analyst's claims on every article (their
 * records, else the claim-tagged sentences), read through the store, with verdicts grouped on the
 * workspace's scales; and every imported fact-check. Layer files whose owner cannot be told are
 * passed to `onUnreadable` and left out.
 */
export async function buildSimilarIndex(store: Store, onUnreadable: (path: string) => void = () => {}): Promise<SimilarIndex> {
  const index = createSimilarIndex();
  const scales = [...PRESET_SCALES, ...(store.getSettings().customScales ?? [])];
  for (const article of store.listArticles()) {
    const { analysts, unreadable } = await listLayerAnalysts(store.dir, article.id);
    unreadable.forEach(onUnreadable);
    for (const id of analysts) {
      for (const entry of entriesFromLayer(article, await store.getLayer(article.id, { id, name: id }), scales)) index.upsert(entry);
    }
  }
  const factChecks = await openFactChecksFile({ storeDir: store.dir, readOnly: true, report: (m) => store.report(m) }).read();
  for (const factCheck of factChecks) index.upsert(entryFromFactCheck(factCheck));
  return index;
}
