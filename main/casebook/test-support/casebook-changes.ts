import type { Creator } from '../../../shared/model/annotation';
import type { LayerChange } from '../../store';
import { makeAnnotation } from '../../store/test-support/fixtures';

/** The document both analysts annotate in the casebook concurrency tests. */
export const SHARED_DOCUMENT = 'shared-article';

/**
 * Change `i` of an analyst's stream: adds annotation i; every fifth change also edits the
 * annotation added three changes before, and every seventh removes the one added six before,
 * so the stream mixes adds, edits and removals as an analyst's session does.
 */
export function casebookChange(analyst: Creator, i: number): LayerChange {
  const upsert = [makeAnnotation(SHARED_DOCUMENT, analyst, i, `added in ${i}`)];
  if (i % 5 === 4) upsert.push(makeAnnotation(SHARED_DOCUMENT, analyst, i - 3, `edited in ${i}`));
  return { upsert, remove: i % 7 === 6 ? [`${analyst.id}-${i - 6}`] : [] };
}

/** The layer (annotation id → note) after changes 0 … count − 1 of the analyst's stream. */
export function layerAfterChanges(analyst: Creator, count: number): Map<string, string> {
  const layer = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const change = casebookChange(analyst, i);
    for (const a of change.upsert) layer.set(a.id, a.body.note);
    for (const id of change.remove) layer.delete(id);
  }
  return layer;
}
