import { describe, expect, it } from 'vitest';
import { testAnnotation } from '../../../shared/claims/test-support/test-annotations';
import { sortClaims } from '../../../shared/claims';
import { claimRank } from './claim-order';

describe('claimRank', () => {
  const claims = sortClaims([
    testAnnotation('late', 'claim', 40),
    testAnnotation('b', 'claim', 0),
    { ...testAnnotation('a', 'claim', 0), created: '2026-11-28T10:00:00.000Z' },
    testAnnotation('c', 'claim', 20),
  ]);

  it('numbers each claim as the cards do, ties broken by creation time then id', () => {
    expect(Object.fromEntries(claims.map((a) => [a.id, claimRank(a, claims)]))).toEqual({ b: 1, a: 2, c: 3, late: 4 });
  });

  it('gives a claim the list does not hold the number it had before it went, or takes when it comes', () => {
    const gone = claims.find((a) => a.id === 'c')!;
    expect(
      claimRank(
        gone,
        claims.filter((a) => a !== gone),
      ),
    ).toBe(3);
    expect(claimRank(testAnnotation('x', 'claim', 30), claims)).toBe(4);
    expect(claimRank(testAnnotation('first', 'claim', 0), [])).toBe(1);
  });
});
