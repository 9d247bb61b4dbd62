import { describe, expect, it } from 'vitest';
import { myersMatches } from './myers';

const codes = (s: string) => [...s].map((c) => c.charCodeAt(0));
const common = (a: string, b: string) =>
  (myersMatches(codes(a), codes(b), 100) ?? []).map((r) => a.slice(r.aStart, r.aStart + r.length)).join('');

describe('myersMatches', () => {
  it('finds a longest common subsequence', () => {
    expect(common('ABCABBA', 'CBABAC')).toHaveLength(4);
    expect(common('kitten', 'sitting')).toBe('ittn');
  });

  it('matches everything between equal sequences and nothing between disjoint ones', () => {
    expect(common('abc', 'abc')).toBe('abc');
    expect(common('abc', 'xyz')).toBe('');
    expect(common('', 'xyz')).toBe('');
  });

  it('gives up (null) past its edit budget', () => {
    expect(myersMatches(codes('abcdef'), codes('uvwxyz'), 3)).toBeNull();
  });

  it('returns runs that really are equal, in order', () => {
    const a = codes('the quick brown fox jumps');
    const b = codes('a quick brown dog jumped');
    let lastA = -1;
    let lastB = -1;
    for (const run of myersMatches(a, b, 100)!) {
      expect(run.aStart).toBeGreaterThan(lastA);
      expect(run.bStart).toBeGreaterThan(lastB);
      expect(a.slice(run.aStart, run.aStart + run.length)).toEqual(b.slice(run.bStart, run.bStart + run.length));
      lastA = run.aStart + run.length - 1;
      lastB = run.bStart + run.length - 1;
    }
  });
});
