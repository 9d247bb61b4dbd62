import { anchorAll, describe } from '../../../shared/anchoring';
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

/**
 * Anchors every stored annotation against the document's plain text once, on open. An
 * annotation found away from its stored position is re-described there (quote and position),
 * without touching its `modified` time: the analyst did not edit it.
 */
export function openAnnotations(text: string, stored: readonly Annotation[]): OpenedAnnotations {
  const results = anchorAll(text, stored.map((a) => a.target.selector));
  const painted: Annotation[] = [];
  const attention: AttentionItem[] = [];
  const repaired: string[] = [];
  stored.forEach((annotation, i) => {
    const result = results[i];
    if (!result) return;
    switch (result.status) {
      case 'anchored': {
        const { start, end } = annotation.target.selector.position;
        const current = annotation.target.selector.quote.exact === text.slice(result.start, result.end);
        if (result.start === start && result.end === end && current) {
          painted.push(annotation);
          return;
        }
        painted.push({ ...annotation, target: { ...annotation.target, selector: describe(text, result.start, result.end) } });
        repaired.push(annotation.id);
        return;
      }
      case 'ambiguous':
        attention.push({ annotation, status: 'ambiguous', candidates: result.candidates.map(({ start, end }) => ({ start, end })) });
        return;
      case 'orphan':
        attention.push({ annotation, status: 'orphan', candidates: result.best ? [{ start: result.best.start, end: result.best.end }] : [] });
        return;
    }
  });
  return { painted, attention, repaired };
}
