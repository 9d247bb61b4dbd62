import { reanchorAnnotations } from '../../../shared/anchoring/reanchor-annotations';
import type { Annotation } from '../../../shared/model/annotation';
import type { Attention, AttentionItem } from './attention';

/** Stored annotations sorted by what anchoring made of them. */
export interface OpenedAnnotations {
  /** Anchored ones, with fresh selectors where their text moved. */
  painted: Annotation[];
  /** Orphaned or ambiguous ones, untouched, for the analyst to settle. */
  attention: AttentionItem[];
  /** Ids in `painted` whose selectors were refreshed and must be saved back. */
  repaired: string[];
}

/**
 * Anchors every stored annotation against the document's plain text once, on open. Those in
 * `held` (left for review by a new version) are not anchored: they go to attention as held.
 */
export function openAnnotations(
  text: string,
  stored: readonly Annotation[],
  held: ReadonlyMap<string, Attention> = new Map(),
): OpenedAnnotations {
  const free = held.size === 0 ? stored : stored.filter((a) => !held.has(a.id));
  const { anchored, moved, unresolved } = reanchorAnnotations(text, free);
  const waiting = stored.flatMap((annotation) => {
    const hold = held.get(annotation.id);
    return hold ? [{ annotation, ...hold }] : [];
  });
  return { painted: anchored, attention: [...waiting, ...unresolved], repaired: moved };
}
