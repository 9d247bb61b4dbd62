import { describe, expect, it } from 'vitest';
import { addLineWords, joinLines } from './join-lines';

// The vocabulary of a document made of `lines`, as assembling a PDF collects it.
function vocabularyOf(lines: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const line of lines) addLineWords(words, line);
  return words;
}

const none = vocabularyOf([]);

describe('joinLines', () => {
  it('joins lines with single spaces', () => {
    expect(joinLines(['The gates failed', 'twice  in January.'], none)).toBe('The gates failed twice in January.');
  });

  it('closes up a word the typesetter hyphenated', () => {
    expect(joinLines(['the council released infor-', 'mation on Friday'], none)).toBe('the council released information on Friday');
    expect(joinLines(['a mainte\u2010', 'nance contract'], none)).toBe('a maintenance contract');
  });

  it('always closes up at a soft hyphen', () => {
    expect(joinLines(['the well\u00ad', 'known firm'], none)).toBe('the wellknown firm');
  });

  it('keeps the hyphen before a capital or a digit', () => {
    expect(joinLines(['Margaret Anand-', 'Hollis said'], none)).toBe('Margaret Anand-Hollis said');
    expect(joinLines(['cases of COVID-', '19 rose'], none)).toBe('cases of COVID-19 rose');
  });

  it('keeps the hyphen of a compound that already holds a hyphen or a number', () => {
    expect(joinLines(['a 12-year-', 'old campaign'], none)).toBe('a 12-year-old campaign');
    expect(joinLines(['a 12-', 'year campaign'], none)).toBe('a 12-year campaign');
  });

  it('keeps the hyphen when either piece forms compounds', () => {
    expect(joinLines(['a well-', 'known firm'], none)).toBe('a well-known firm');
    expect(joinLines(['jammed half-', 'open'], none)).toBe('jammed half-open');
    expect(joinLines(['a council-', 'owned depot'], none)).toBe('a council-owned depot');
  });

  it('follows the spelling used elsewhere in the document', () => {
    const hyphenated = vocabularyOf(['the gates are well maintained but stop-start works', 'continue']);
    expect(joinLines(['the stop-', 'start repairs'], hyphenated)).toBe('the stop-start repairs');
    const closed = vocabularyOf(['a long halfway line of sandbags']);
    expect(joinLines(['stopped half-', 'way down'], closed)).toBe('stopped halfway down');
  });

  it('treats a hyphen after a space as a dash and joins a dash at a line end without a space', () => {
    expect(joinLines(['the gates -', 'installed in 2019 - failed'], none)).toBe('the gates - installed in 2019 - failed');
    expect(joinLines(['the gates—', 'installed in 2019'], none)).toBe('the gates—installed in 2019');
  });
});

describe('addLineWords', () => {
  it('leaves out the first and last word of each line, which a line end may have broken', () => {
    const words = vocabularyOf(['infor-mation about “well-known” floods, main-', 'tenance']);
    expect([...words]).toEqual(['about', 'well-known', 'floods']);
  });
});
