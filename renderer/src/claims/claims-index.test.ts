import { describe, expect, it } from 'vitest';
import { indexLinks } from '../../../shared/claims';
import { testAnnotation } from '../../../shared/claims/test-support/test-annotations';
import type { Annotation } from '../../../shared/model/annotation';
import { ClaimsIndex } from './claims-index';
import { numberClaims } from './link-markers';

const article = (count: number) =>
  Array.from({ length: count }, (_, i) =>
    testAnnotation(
      `a${i}`,
      i % 3 === 0 ? 'claim' : 'evidence',
      (i + 1) * 100,
      i % 3 === 1 ? { links: [{ claim: `a${i - 1}`, stance: 'supports' }] } : {},
    ),
  );

/** A copy of `annotation` counting each read of its body into `reads`. */
function watched(annotation: Annotation, reads: { count: number }): Annotation {
  const copy = { ...annotation };
  Object.defineProperty(copy, 'body', {
    get: () => {
      reads.count++;
      return annotation.body;
    },
  });
  return copy;
}

describe('ClaimsIndex', () => {
  it('numbers claims and indexes links as a pass over every annotation would, after every kind of change', () => {
    let annotations = article(60);
    const index = new ClaimsIndex();
    index.update(annotations);
    const steps: ((list: Annotation[]) => Annotation[])[] = [
      (list) => list.filter((a) => a.id !== 'a3'),
      (list) => [testAnnotation('early', 'claim', 5), ...list],
      (list) => list.map((a) => (a.id === 'a7' ? { ...a, body: { ...a.body, links: [{ claim: 'a9', stance: 'refutes' }] } } : a)),
      (list) => list.map((a) => (a.id === 'a30' ? { ...a, body: { ...a.body, tag: 'denial' } } : a)),
      (list) => [...list.slice(0, 20), ...list.slice(40)],
      (list) => [...list, testAnnotation('a3', 'claim', 300)],
    ];
    for (const step of steps) {
      annotations = step(annotations);
      index.update(annotations);
      const numbers = numberClaims(annotations);
      expect(Object.fromEntries(annotations.map((a) => [a.id, index.numberOf(a.id)]))).toEqual(
        Object.fromEntries(annotations.map((a) => [a.id, numbers.get(a.id)])),
      );
      expect(index.orderedClaims.map((a) => a.id)).toEqual([...numbers.keys()]);
      const linked = indexLinks(annotations);
      expect(Object.fromEntries([...index.linked].filter(([, l]) => l.length > 0))).toEqual(Object.fromEntries(linked));
    }
  });

  it('takes in a tag among thousands reading a few annotations, not every one', () => {
    const reads = { count: 0 };
    const annotations = article(3000).map((a) => watched(a, reads));
    const index = new ClaimsIndex();
    index.update(annotations);
    reads.count = 0;
    const tagged = [...annotations];
    tagged.splice(1500, 0, testAnnotation('new', 'claim', 1500 * 100 + 50));
    index.update(tagged);
    expect(index.numberOf('new')).toBe(501);
    expect(index.numberOf('a2997')).toBe(1001);
    expect(reads.count).toBeLessThan(100);
  });
});
