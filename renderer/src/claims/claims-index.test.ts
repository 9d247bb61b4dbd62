import { describe, expect, it } from 'vitest';
import { indexLinks } from '../../../shared/claims';
import { ANNOTATION_EDITS, linkedArticle, watchedReads } from '../../../shared/claims/test-support/annotation-edits';
import { testAnnotation } from '../../../shared/claims/test-support/test-annotations';
import { ClaimsIndex } from './claims-index';
import { numberClaims } from './link-markers';

describe('ClaimsIndex', () => {
  it('numbers claims and indexes links as a pass over every annotation would, after every kind of change', () => {
    let annotations = linkedArticle(60);
    const index = new ClaimsIndex();
    index.update(annotations);
    for (const step of ANNOTATION_EDITS) {
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
    const annotations = linkedArticle(3000).map((a) => watchedReads(a, reads));
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
