import { describe, expect, it } from 'vitest';
import { findExact, MAX_EXACT_CANDIDATES } from './find-exact';

const query = (exact: string, prefix = '', suffix = '', hint = 0) => ({ exact, prefix, suffix, hint });

describe('findExact', () => {
  it('finds every occurrence inside the region, overlapping ones too', () => {
    expect(findExact('abababa', query('aba'), 0, 7).map((m) => m.start)).toEqual([0, 2, 4]);
  });

  it('leaves out occurrences that cross the region boundary', () => {
    const text = 'the vote, the vote, the vote';
    expect(findExact(text, query('the vote'), 2, 28).map((m) => m.start)).toEqual([10, 20]);
  });

  it('reports exact matches as spans with no errors', () => {
    expect(findExact('so the vote passed', query('vote'), 0, 18)).toEqual([{ start: 7, end: 11, errors: 0 }]);
  });

  it('keeps the occurrences whose context agrees when a word occurs too often', () => {
    const filler = 'the cat sat. '.repeat(MAX_EXACT_CANDIDATES * 2);
    const text = `${filler}Officials say the evidence is strong. ${filler}`;
    const target = text.indexOf('the evidence');
    const found = findExact(text, query('the', 'Officials say ', ' evidence is', 0), 0, text.length);
    expect(found.map((m) => m.start)).toEqual([target]);
  });

  it('keeps the occurrences nearest the old position when context singles none out', () => {
    const text = 'the cat sat. '.repeat(MAX_EXACT_CANDIDATES * 3);
    const hint = 13 * MAX_EXACT_CANDIDATES * 2;
    const found = findExact(text, query('cat', 'zzzzzzzz', 'zzzzzzzz', hint), 0, text.length);
    expect(found).toHaveLength(MAX_EXACT_CANDIDATES);
    const farthest = Math.max(...found.map((m) => Math.abs(m.start - hint)));
    expect(farthest).toBeLessThanOrEqual(13 * (MAX_EXACT_CANDIDATES / 2 + 1));
  });
});
