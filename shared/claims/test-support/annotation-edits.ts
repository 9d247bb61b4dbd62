import type { Annotation } from '../../model/annotation';
import { testAnnotation } from './test-annotations';

/** `count` annotations 100 characters apart: every third a claim, each evidence after one supporting it. */
export function linkedArticle(count: number): Annotation[] {
  return Array.from({ length: count }, (_, i) =>
    testAnnotation(
      `a${i}`,
      i % 3 === 0 ? 'claim' : 'evidence',
      (i + 1) * 100,
      i % 3 === 1 ? { links: [{ claim: `a${i - 1}`, stance: 'supports' }] } : {},
    ),
  );
}

/** A copy of `annotation` counting each read of its body into `reads`, to show how much a change looked at. */
export function watchedReads(annotation: Annotation, reads: { count: number }): Annotation {
  const copy = { ...annotation };
  Object.defineProperty(copy, 'body', {
    get: () => {
      reads.count++;
      return annotation.body;
    },
  });
  return copy;
}

/**
 * Every kind of change an incremental index must follow, applied in turn to a `linkedArticle(60)`:
 * a claim removed, one added before all others, a link added, a claim retagged, a stretch
 * deleted, and a removed id used again.
 */
export const ANNOTATION_EDITS: readonly ((list: Annotation[]) => Annotation[])[] = [
  (list) => list.filter((a) => a.id !== 'a3'),
  (list) => [testAnnotation('early', 'claim', 5), ...list],
  (list) => list.map((a) => (a.id === 'a7' ? { ...a, body: { ...a.body, links: [{ claim: 'a9', stance: 'refutes' }] } } : a)),
  (list) => list.map((a) => (a.id === 'a30' ? { ...a, body: { ...a.body, tag: 'denial' } } : a)),
  (list) => [...list.slice(0, 20), ...list.slice(40)],
  (list) => [...list, testAnnotation('a3', 'claim', 300)],
];
