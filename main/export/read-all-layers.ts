import type { Annotation } from '../../shared/model/annotation';
import { listLayerAnalysts, type Store } from '../store';

/** Every analyst's annotations on a document, and what could not be read. */
export interface AllLayers {
  annotations: Annotation[];
  /** One line per layer file whose owner cannot be told (left out), for the analyst to see. */
  problems: string[];
}

/**
 * Reads every analyst's layer on the document through the store (so damaged files are recovered
 * as usual), the current analyst's included even before their file exists.
 */
export async function readAllLayers(store: Store, documentId: string): Promise<AllLayers> {
  const { analysts, unreadable } = await listLayerAnalysts(store.dir, documentId);
  const me = store.getSettings().analyst;
  const annotations: Annotation[] = [...(await store.getLayer(documentId, me))];
  for (const id of analysts) if (id !== me.id) annotations.push(...(await store.getLayer(documentId, { id, name: id })));
  return { annotations, problems: unreadable.map((path) => `${path}: cannot tell whose annotations these are; left out.`) };
}
