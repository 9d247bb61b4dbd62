import { describe, expect, it } from 'vitest';
import { foldTerm } from './fold-term';
import { tokenize } from './tokenize';

const terms = (text: string) => tokenize(text).map((t) => t.term);

describe('foldTerm', () => {
  it('makes case and accents on Latin, Greek and Cyrillic letters no difference', () => {
    expect(foldTerm('Ministère')).toBe('ministere');
    expect(foldTerm('SÃO')).toBe('sao');
    expect(foldTerm('Straße')).toBe(foldTerm('STRASSE'));
    expect(foldTerm('Łódź')).toBe('lodz');
    expect(foldTerm('Ἀθῆναι')).toBe(foldTerm('αθηναι'));
  });

  it('keeps the vowel signs of Devanagari and Thai, which change the word', () => {
    expect(foldTerm('कि')).not.toBe(foldTerm('क'));
    expect(foldTerm('ปี')).not.toBe(foldTerm('ป'));
  });
});

describe('tokenize', () => {
  it('gives each word with its offsets in the text', () => {
    const text = 'Le ministère a dit: « non ».';
    for (const token of tokenize(text)) expect(foldTerm(text.slice(token.start, token.end))).toBe(token.term);
    expect(terms(text)).toEqual(['le', 'ministere', 'a', 'dit', 'non']);
  });

  it('also yields the word after an elided article', () => {
    expect(terms('l’été')).toEqual(["l'ete", 'ete']);
  });

  it('indexes Chinese as characters and pairs, so a word is found however the run was cut', () => {
    const tokens = tokenize('中国政府宣布');
    expect(tokens.map((t) => t.term)).toEqual(expect.arrayContaining(['政', '府', '政府', '府宣']));
    const pair = tokens.find((t) => t.term === '府宣');
    expect(pair).toMatchObject({ start: 3, end: 5, unit: 'pair' });
  });

  it('keeps Thai vowel signs inside their character', () => {
    expect(terms('ปีนี้')).toEqual(['ปี', 'นี้', 'ปีนี้']);
  });
});
