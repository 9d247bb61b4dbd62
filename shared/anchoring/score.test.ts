import { describe, expect, it } from 'vitest';
import { MIN_SCORE } from './decide';
import { distanceBeyondWhichScoreCannotExceed, MAX_FUZZY_ERRORS, maxEditsWithContextFor, maxErrorsFor, scoreMatch } from './score';

const prefix = 'The council met on Monday night. ';
const exact = 'The budget was approved.';
const suffix = ' Opposition members walked out.';
const text = `${prefix}${exact}${suffix}`;
const query = { exact, prefix: prefix.slice(-32), suffix: suffix.slice(0, 32), hint: prefix.length };

describe('scoreMatch', () => {
  it('gives 1 to the intact quote in its context at the expected place', () => {
    expect(scoreMatch(text, query, prefix.length, prefix.length + exact.length, 0)).toBe(1);
  });

  it('ranks the same quote among unrelated words below the minimum score', () => {
    const elsewhere = `Residents said on Tuesday that ${exact} nobody told them anything at all.`;
    const start = elsewhere.indexOf(exact);
    expect(scoreMatch(elsewhere, { ...query, hint: start }, start, start + exact.length, 0)).toBeLessThan(MIN_SCORE);
  });

  it('keeps a quote with one intact side of context above the minimum score', () => {
    const edited = `${prefix}${exact} Nobody from the opposition came at all.`;
    const start = prefix.length;
    expect(scoreMatch(edited, query, start, start + exact.length, 0)).toBeGreaterThan(MIN_SCORE);
  });

  it('lowers the score for each error in the quote', () => {
    const start = prefix.length;
    const one = scoreMatch(text, query, start, start + exact.length, 1);
    const two = scoreMatch(text, query, start, start + exact.length, 2);
    expect(one).toBeLessThan(1);
    expect(two).toBeLessThan(one);
  });
});

describe('maxErrorsFor', () => {
  it('allows about 40% errors at the minimum score, when context is perfect', () => {
    expect(maxErrorsFor(100, MIN_SCORE)).toBe(40);
  });

  it('allows no errors when only a perfect quote could reach the floor', () => {
    expect(maxErrorsFor(100, 1)).toBe(0);
  });

  it('caps the errors for very long quotes', () => {
    expect(maxErrorsFor(5000, MIN_SCORE)).toBe(MAX_FUZZY_ERRORS);
  });
});

describe('maxEditsWithContextFor', () => {
  // The quote in its context with the first `edits` characters of the prefix changed.
  const scoreWithPrefixEdits = (edits: number) => {
    const changed = 'x'.repeat(edits) + query.prefix.slice(edits);
    return scoreMatch(`${changed}${exact}${suffix}`, { ...query, hint: changed.length }, changed.length, changed.length + exact.length, 0);
  };

  it('counts the edits the cheapest part can take: one more and the match falls below the score', () => {
    const edits = maxEditsWithContextFor(query, 0.9);
    expect(edits).toBeGreaterThan(0);
    expect(scoreWithPrefixEdits(edits)).toBeGreaterThanOrEqual(0.9);
    expect(scoreWithPrefixEdits(edits + 1)).toBeLessThan(0.9);
  });

  it('allows no edits when only a perfect match reaches the score', () => {
    expect(maxEditsWithContextFor(query, 1)).toBe(0);
  });
});

describe('distanceBeyondWhichScoreCannotExceed', () => {
  it('is 0 once the score is out of reach of any match', () => {
    expect(distanceBeyondWhichScoreCannotExceed(1000, 1)).toBe(0);
  });

  it('is Infinity when a perfect match anywhere would beat the score', () => {
    expect(distanceBeyondWhichScoreCannotExceed(1000, 0.9)).toBe(Infinity);
  });

  it('shrinks as the score to beat grows', () => {
    const near = distanceBeyondWhichScoreCannotExceed(1000, 0.995);
    const far = distanceBeyondWhichScoreCannotExceed(1000, 0.985);
    expect(near).toBeGreaterThan(0);
    expect(near).toBeLessThan(far);
    expect(far).toBeLessThan(1000);
  });
});
