import { describe, expect, it } from 'vitest';
import { analyseSentence } from '../nlp/analyse-sentence';
import { findReporting } from './find-reporting';

const reasons = (text: string) => findReporting(analyseSentence(text)).map((c) => c.reason);

describe('findReporting', () => {
  it('finds reporting verbs in any tense', () => {
    expect(reasons('The minister said the rise was funded.')).toEqual(["reporting verb 'said'"]);
    expect(reasons('She told parliament the figure was wrong.')).toEqual(["reporting verb 'told'"]);
    expect(reasons('The board insists the clinics work.')).toEqual(["reporting verb 'insists'"]);
  });

  it('finds "according to"', () => {
    expect(reasons('According to the ministry, 3,000 people left.')).toContain("attribution 'according to'");
  });

  it('marks accusations apart', () => {
    expect(reasons('Prosecutors allege that he moved the money.')).toEqual(["reporting verb 'allege'", "accusation 'allege'"]);
  });

  it('does not count a statement that was not made', () => {
    expect(reasons('He did not say which period the figure covered.')).toEqual([]);
    expect(reasons('The council has not said whether it would agree.')).toEqual([]);
  });

  it('does not take the noun "report" for a verb', () => {
    expect(reasons('The report runs to 40 pages.')).toEqual([]);
  });
});
