import type { Annotation } from '../../../shared/model/annotation';
import type { LayerChange } from '../annotation-layers';
import { ALICE, makeAnnotation } from './fixtures';

/** The document every crash run writes to. */
export const CRASH_DOCUMENT = 'doc';

/**
 * Change number `i` of the crash runs' deterministic stream: add annotation i, and now and then
 * edit or remove an earlier one. Each change only sets or deletes whole annotations, so applying
 * a stretch of the stream twice gives the same layer as applying it once.
 */
export function crashChange(i: number): LayerChange {
  const upsert: Annotation[] = [makeAnnotation(CRASH_DOCUMENT, ALICE, i, `added by change ${i}`)];
  if (i % 3 === 0 && i >= 2) upsert.push(makeAnnotation(CRASH_DOCUMENT, ALICE, i - 2, `edited by change ${i}`));
  const remove = i % 5 === 0 && i >= 3 ? [`${ALICE.id}-${i - 3}`] : [];
  return { upsert, remove };
}

/** The layer after changes 0..last, as annotation id → note (everything a change sets). */
export function layerAfter(last: number): Map<string, string> {
  const layer = new Map<string, string>();
  for (let i = 0; i <= last; i++) {
    const change = crashChange(i);
    for (const a of change.upsert) layer.set(a.id, a.body.note);
    for (const id of change.remove) layer.delete(id);
  }
  return layer;
}
