import { reanchorAnnotations } from '../../../shared/annotations/reanchor-annotations';
import type { Annotation } from '../../../shared/model/annotation';
import type { AttentionItem } from './attention';

/** Stored annotations sorted by what anchoring made of them. */
export interface OpenedAnnotations {
  /** Anchored ones, with fresh selectors where their text moved. */
  painted: Annotation[];
  /** Orphaned or ambiguous ones, untouched, for the analyst to settle. */
  attention: AttentionItem[];
  /** Ids in `painted` whose selectors were refreshed and must be saved back. */
  repaired: string[];
}

/** Anchors every stored annotation against the document's plain text once, on open. */
export function openAnnotations(text: string, stored: readonly Annotation[]): OpenedAnnotations {
  const { anchored, moved, unresolved } = reanchorAnnotations(text, stored);
  return { painted: anchored, attention: unresolved, repaired: moved };
}
