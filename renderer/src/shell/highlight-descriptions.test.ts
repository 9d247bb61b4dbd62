import { describe, expect, it } from 'vitest';
import { ANNOTATION_EDITS, linkedArticle, watchedReads } from '../../../shared/claims/test-support/annotation-edits';
import { testAnnotation } from '../../../shared/claims/test-support/test-annotations';
import { describeHighlights, HighlightDescriber } from './highlight-descriptions';

describe('describeHighlights', () => {
  it('names each highlight by tag and claim number, the claims it bears on, and its note', () => {
    const descriptions = describeHighlights([
      testAnnotation('e1', 'evidence', 40, { links: [{ claim: 'c2', stance: 'refutes' }], note: 'Port log,\n  page 4' }),
      testAnnotation('c2', 'claim', 20),
      testAnnotation('c1', 'claim', 0, { note: 'Ask the authority' }),
      testAnnotation('d1', 'denial', 60, { links: [{ claim: 'gone', stance: 'supports' }] }),
    ]);
    expect(Object.fromEntries(descriptions)).toEqual({
      c1: 'Claim C1. Note: Ask the authority',
      c2: 'Claim C2',
      e1: 'Evidence, refutes C2. Note: Port log, page 4',
      d1: 'Denial',
    });
  });

  it('shortens a long note, keeping the start', () => {
    const [description] = describeHighlights([testAnnotation('c1', 'claim', 0, { note: 'word '.repeat(200) })]).values();
    expect(description!.length).toBeLessThan(330);
    expect(description).toMatch(/^Claim C1\. Note: word word .*…$/);
  });
});

describe('HighlightDescriber', () => {
  it('takes in a new tag and describes a renumbered claim reading a few annotations, not every one', () => {
    const reads = { count: 0 };
    const annotations = linkedArticle(3000).map((a) => watchedReads(a, reads));
    const describer = new HighlightDescriber();
    describer.update(annotations);
    reads.count = 0;
    const tagged = [...annotations];
    tagged.splice(1500, 0, testAnnotation('new', 'claim', 1500 * 100 + 50));
    describer.update(tagged);
    expect(describer.describe('new')).toBe('Claim C501');
    expect(describer.describe('a2998')).toBe('Evidence, supports C1001');
    expect(reads.count).toBeLessThan(100);
  });

  it('redescribes a noted annotation', () => {
    const annotations = linkedArticle(30);
    const describer = new HighlightDescriber();
    describer.update(annotations);
    const noted = [...annotations];
    noted[4] = { ...noted[4]!, body: { ...noted[4]!.body, note: 'Seen at the port' } };
    describer.update(noted);
    expect(describer.describe('a4')).toBe('Evidence, supports C2. Note: Seen at the port');
  });

  it('renumbers the claims after a new one, with the annotations linking to them', () => {
    const annotations = linkedArticle(9);
    const describer = new HighlightDescriber();
    describer.update(annotations);
    describer.update([testAnnotation('first', 'claim', 0), ...annotations]);
    expect(Object.fromEntries(['first', 'a0', 'a1', 'a2', 'a3', 'a4'].map((id) => [id, describer.describe(id)]))).toEqual({
      first: 'Claim C1',
      a0: 'Claim C2',
      a1: 'Evidence, supports C2',
      a2: 'Evidence',
      a3: 'Claim C3',
      a4: 'Evidence, supports C3',
    });
  });

  it('says what a full description would after every kind of change, and nothing of a removed one', () => {
    let annotations = linkedArticle(60);
    const describer = new HighlightDescriber();
    describer.update(annotations);
    for (const step of ANNOTATION_EDITS) {
      annotations = step(annotations);
      describer.update(annotations);
      const expected = describeHighlights(annotations);
      expect(Object.fromEntries(annotations.map((a) => [a.id, describer.describe(a.id)]))).toEqual(Object.fromEntries(expected));
    }
    expect(describer.describe('a25')).toBeUndefined();
  });
});
