import { describe, expect, it } from 'vitest';
import { testAnnotation } from '../../../shared/claims/test-support/test-annotations';
import { sortClaims } from '../../../shared/claims';
import { claimNumber } from './claim-order';

describe('claimNumber', () => {
  it('numbers each claim as the cards do, ties broken by creation time then id', () => {
    const annotations = [
      testAnnotation('late', 'claim', 40),
      testAnnotation('b', 'claim', 0),
      { ...testAnnotation('a', 'claim', 0), created: '2026-11-28T10:00:00.000Z' },
      testAnnotation('e', 'evidence', 10),
      testAnnotation('c', 'claim', 20),
    ];
    const numbers = new Map(sortClaims(annotations.filter((a) => a.body.tag === 'claim')).map((a, i) => [a.id, i + 1]));
    expect(Object.fromEntries(annotations.map((a) => [a.id, claimNumber(a, annotations)]))).toEqual({
      late: numbers.get('late'),
      b: numbers.get('b'),
      a: numbers.get('a'),
      e: undefined,
      c: numbers.get('c'),
    });
    expect(numbers.get('b')).toBe(1);
    expect(numbers.get('a')).toBe(2);
  });

  it('gives no number to a claim the list does not hold', () => {
    expect(claimNumber(testAnnotation('x', 'claim', 0), [testAnnotation('y', 'claim', 5)])).toBeUndefined();
  });
});
