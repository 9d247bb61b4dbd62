import { anchorAll } from './anchor-all';
import { describe } from './describe';
import type { Annotation } from '../model/annotation';

/** A place the analyst may put an annotation that could not be placed with confidence. */
export interface CandidateSpan {
  start: number;
  end: number;
}

/** An annotation that anchoring could not place with confidence: kept as stored, never moved silently. */
export interface UnresolvedAnnotation {
  annotation: Annotation;
  /** `orphan`: its text is gone (candidates hold the closest miss, if any); `ambiguous`: it fits several places. */
  status: 'orphan' | 'ambiguous';
  /** Best first. */
  candidates: CandidateSpan[];
}

/** Annotations after anchoring onto a text, sorted by what happened to them. */
export interface ReanchorOutcome {
  /** Placed with confidence, in input order; re-described (quote and position) where they moved. */
  anchored: Annotation[];
  /** Ids in `anchored` whose selectors were refreshed and must be saved back. */
  moved: string[];
  /** The others, untouched, for the analyst to settle. */
  unresolved: UnresolvedAnnotation[];
}

/**
 * Anchors stored annotations onto `text` (their document's plain text, possibly a new version).
 * One found away from its stored position, or whose quote's characters changed in place (quote
 * marks, whitespace), is re-described there without touching its `modified` time: the analyst did
 * not edit it. Nothing is dropped and nothing is guessed.
 */
export function reanchorAnnotations(text: string, annotations: readonly Annotation[]): ReanchorOutcome {
  const results = anchorAll(
    text,
    annotations.map((a) => a.target.selector),
  );
  const outcome: ReanchorOutcome = { anchored: [], moved: [], unresolved: [] };
  annotations.forEach((annotation, i) => {
    const result = results[i];
    if (result === undefined) return;
    switch (result.status) {
      case 'anchored': {
        const { position, quote } = annotation.target.selector;
        if (result.start === position.start && result.end === position.end && quote.exact === text.slice(result.start, result.end)) {
          outcome.anchored.push(annotation);
          return;
        }
        outcome.anchored.push({ ...annotation, target: { ...annotation.target, selector: describe(text, result.start, result.end) } });
        outcome.moved.push(annotation.id);
        return;
      }
      case 'ambiguous':
        outcome.unresolved.push({
          annotation,
          status: 'ambiguous',
          candidates: result.candidates.map(({ start, end }) => ({ start, end })),
        });
        return;
      case 'orphan':
        outcome.unresolved.push({
          annotation,
          status: 'orphan',
          candidates: result.best ? [{ start: result.best.start, end: result.best.end }] : [],
        });
        return;
    }
  });
  return outcome;
}
