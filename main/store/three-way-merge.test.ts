import { describe, expect, it } from 'vitest';
import { mergeEntriesById, mergeFields } from './three-way-merge';

describe('mergeFields', () => {
  const base = { analyst: 'ana', ratingScale: 'five-point', sampleInstalled: true };

  it('keeps a colleague’s field change and mine side by side', () => {
    const mine = { ...base, organisation: 'Desk' };
    const theirs = { ...base, ratingScale: 'truth-o-meter' };
    expect(mergeFields(mine, theirs, base)).toEqual({
      analyst: 'ana',
      ratingScale: 'truth-o-meter',
      sampleInstalled: true,
      organisation: 'Desk',
    });
  });

  it('lets my change of a field win over theirs, and my removal of a field stand', () => {
    const mine: Partial<typeof base> = { analyst: 'ana', sampleInstalled: true };
    expect(mergeFields(mine, { ...base, analyst: 'ben' }, base)).toEqual({ analyst: 'ben', sampleInstalled: true });
    expect(mergeFields({ ...base, ratingScale: 'mine' }, { ...base, ratingScale: 'theirs' }, base).ratingScale).toBe('mine');
  });

  it('takes every field I have when I never had the file, and keeps fields only they have', () => {
    expect(mergeFields<Record<string, number>>({ a: 1 }, { a: 2, b: 3 }, undefined)).toEqual({ a: 1, b: 3 });
  });
});

describe('mergeEntriesById', () => {
  const entry = (id: string, title: string) => ({ id, title });

  it('keeps the entries a colleague added and the ones I added', () => {
    const base = [entry('x', 'X')];
    expect(mergeEntriesById([entry('mine', 'M'), entry('x', 'X')], [entry('theirs', 'T'), entry('x', 'X')], base)).toEqual([
      entry('theirs', 'T'),
      entry('x', 'X'),
      entry('mine', 'M'),
    ]);
  });

  it('takes their newer copy of an entry I did not change, and mine of one I did', () => {
    const base = [entry('x', 'X'), entry('y', 'Y')];
    const mine = [entry('x', 'X'), entry('y', 'Y mine')];
    const theirs = [entry('x', 'X theirs'), entry('y', 'Y theirs')];
    expect(mergeEntriesById(mine, theirs, base)).toEqual([entry('x', 'X theirs'), entry('y', 'Y mine')]);
  });

  it('never drops an entry missing from my stale copy', () => {
    expect(mergeEntriesById([], [entry('theirs', 'T')], [entry('theirs', 'T')])).toEqual([entry('theirs', 'T')]);
  });
});
