import { describe, expect, it } from 'vitest';
import { testAnnotation } from '../../../shared/claims/test-support/test-annotations';
import { describeHighlights } from './highlight-descriptions';

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
