import { describe, expect, it } from 'vitest';
import { analyseSentence } from './nlp/analyse-sentence';
import { scoreSentence } from './score-sentence';

const score = (text: string) => scoreSentence(analyseSentence(text));

describe('scoreSentence', () => {
  it('reads a judgement with a comparison but no figure as a view, and leaves it under the threshold', () => {
    const judged = score('"It is a disgrace, and residents deserve better," she said.');
    expect(judged.reasons).toContain("a view or reaction ('disgrace')");
    expect(judged.score).toBeLessThan(0.35);
  });

  it('keeps a judgement that carries a figure to be checked', () => {
    const figured = score('"It is a disgrace that fares rose by 40 per cent," she said.');
    expect(figured.reasons.some((r) => r.startsWith('a view'))).toBe(false);
    expect(figured.score).toBeGreaterThan(0.35);
  });
});
