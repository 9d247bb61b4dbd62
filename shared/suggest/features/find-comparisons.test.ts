import { describe, expect, it } from 'vitest';
import { analyseSentence } from '../nlp/analyse-sentence';
import { findComparisons } from './find-comparisons';

const reasons = (text: string) => findComparisons(analyseSentence(text)).map((c) => c.reason);

describe('findComparisons', () => {
  it('finds superlatives and comparatives through their lemma', () => {
    expect(reasons('It was the highest rate since 2019.')).toEqual(["comparison 'highest'"]);
    expect(reasons('Polls suggest older voters turn out in greater numbers.')).toContain("comparison 'older'");
  });

  it('finds "more … than" and extremes', () => {
    expect(reasons('More than 400 civilians have been killed.')).toEqual(["comparison 'More than'"]);
    expect(reasons('Cargo reached a record 41 million tonnes.')).toEqual(["comparison 'record'"]);
  });

  it('finds verbs of change', () => {
    expect(reasons('Wholesale prices fell by 31 per cent.')).toEqual(["change 'fell'"]);
  });

  it('does not read order in time as a comparison', () => {
    expect(reasons('The hearing resumes later in the week.')).toEqual([]);
    expect(reasons('The council will vote on the sale in December.')).toEqual([]);
  });
});
