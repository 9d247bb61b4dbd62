import { createHash } from 'node:crypto';
import type { Annotation } from '../../../shared/model/annotation';
import { ANA, BO, FIXTURE_ANNOTATIONS, FIXTURE_ARTICLE } from '../../../shared/report/fixtures/report-fixture';
import { openStore, type Store } from '../../store';

/**
 * Opens a store in `dir` holding the report fixture article (under `id`) and Ana's and Bo's
 * layers of `annotations` on it, as the export tests need it. The caller closes it.
 */
export async function openFixtureStore(
  dir: string,
  id = FIXTURE_ARTICLE.id,
  annotations: readonly Annotation[] = FIXTURE_ANNOTATIONS,
): Promise<Store> {
  const store = await openStore({ dir, defaultAnalyst: ANA });
  const bytes = new TextEncoder().encode('harbour tanks');
  const source = { ...FIXTURE_ARTICLE.source, sha256: createHash('sha256').update(bytes).digest('hex'), byteLength: bytes.byteLength };
  await store.addArticle({ ...FIXTURE_ARTICLE, id, source }, bytes);
  for (const analyst of [ANA, BO]) {
    const layer = annotations.filter((a) => a.creator.id === analyst.id);
    if (layer.length > 0) await store.applyToLayer(id, analyst, { upsert: layer, remove: [] });
  }
  return store;
}
