import { describe, expect, it } from 'vitest';
import { analyseSentence } from '../nlp/analyse-sentence';
import { findQuantities } from './find-quantities';

const reasons = (text: string) => findQuantities(analyseSentence(text)).map((c) => c.reason);

describe('findQuantities', () => {
  it('names percentages, money and counts as numbers', () => {
    expect(reasons('Unemployment rose to 44 per cent.')).toEqual(['contains a number (44 per cent)']);
    expect(reasons('The company paid $4.2 million to 143 suppliers.')).toEqual(['contains numbers ($4.2 million, 143)']);
  });

  it('counts fractions and multiples written in words', () => {
    expect(reasons('Visitor numbers have halved, to about half the level of a decade ago.')[0]).toContain('half');
  });

  it('weighs a figure above a date', () => {
    const [figure, date] = findQuantities(analyseSentence('The plant will create 2,000 jobs by 2027, the company said on Tuesday.'));
    expect(figure?.kind).toBe('quantity');
    expect(date).toMatchObject({ kind: 'date', reason: expect.stringContaining('Tuesday') as unknown });
    expect(figure?.weight).toBeGreaterThan(date?.weight ?? 1);
  });

  it('does not count an age closing the sentence or a family size as a figure', () => {
    expect(
      findQuantities(analyseSentence('"It\'s absolutely shameful," said Pat Greaves, 68.')).filter((c) => c.kind === 'quantity'),
    ).toEqual([]);
    expect(
      findQuantities(analyseSentence('"The council just doesn\'t listen," said mother of two Aisha Karim.')).filter(
        (c) => c.kind === 'quantity',
      ),
    ).toEqual([]);
  });

  it('does not count an age in apposition or the word "first" as a figure', () => {
    expect(findQuantities(analyseSentence('Wenholt, 52, has been finance minister.')).filter((c) => c.kind === 'quantity')).toEqual([]);
    expect(reasons('He opened his first restaurant.')).toEqual([]);
  });

  it('finds nothing in a sentence without numbers or dates', () => {
    expect(reasons('The opposition has questioned that account.')).toEqual([]);
  });
});
